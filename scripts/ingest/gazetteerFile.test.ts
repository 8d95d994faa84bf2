import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_PATH, GazetteerSchema, lexiconOf } from '../../src/ingest/gazetteer';
import { extractDraft } from '../../src/domain/extract/draft';
import { ROOT } from '../geo/sources';
import { gazetteerOutput, readGazetteer } from './gazetteerFile';
import { ingestText } from './ingestText';

describe('the gazetteer file the browser drafts with', () => {
  it('is what the sources give (npm run data writes it) and drafts like the CLI', () => {
    const onDisk = readFileSync(join(ROOT, GAZETTEER_PATH), 'utf8');
    expect(onDisk).toBe(gazetteerOutput().content);
    const data = GazetteerSchema.parse(JSON.parse(onDisk));
    expect(data).toEqual(readGazetteer());
    const zigong = data.regions.find((r) => r.id === 'zigong');
    expect(zigong).toMatchObject({ code: '510300', pinyin: 'zi gong', parent: 'sichuan' });
    expect(data.divisions).toContainEqual(['511602', '广安区']);
    const raw = readFileSync(join(ROOT, 'data/raw/001_2311f2780a6a1fa2.txt'), 'utf8');
    expect(extractDraft(raw, '001', lexiconOf(data))).toEqual(ingestText(raw, '001'));
  });
});
