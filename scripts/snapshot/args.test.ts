import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale, freePort, parseDeckArgs, parseSnapshotArgs } from './args';

describe('parseSnapshotArgs', () => {
  it('reads the query, the output and the options', () => {
    expect(
      parseSnapshotArgs([
        'region=aba&lang=en',
        'out.png',
        '--width',
        '1280',
        '--height',
        '720',
        '--transparent',
      ]),
    ).toEqual({
      query: 'region=aba&lang=en',
      out: 'out.png',
      dist: 'dist',
      options: { format: 'png', width: 1280, height: 720, transparent: true },
    });
  });

  it('takes the format from --format or from the file name, and they must agree', () => {
    expect(parseSnapshotArgs(['', 'view.svg']).options.format).toBe('svg');
    expect(parseSnapshotArgs(['', 'view.pdf', '--format', 'pdf']).options.format).toBe('pdf');
    expect(() => parseSnapshotArgs(['', 'view.png', '--format', 'pdf'])).toThrow(
      /view.png: the file name must end in .pdf/,
    );
    expect(() => parseSnapshotArgs(['', 'view.svg', '--format', 'eps'])).toThrow(
      /--format must be png, svg or pdf/,
    );
  });

  it('explains the usage on a missing output, a bad number or an unknown option', () => {
    expect(() => parseSnapshotArgs(['region=aba'])).toThrow(/usage: npm run snapshot/);
    expect(() => parseSnapshotArgs(['', 'out.png', '--width', 'wide'])).toThrow(/--width must be/);
    expect(() => parseSnapshotArgs(['', 'out.png', '--scale', '2'])).toThrow(
      /unknown option --scale/,
    );
    expect(() => parseSnapshotArgs(['', 'out.jpg'])).toThrow(/must end in .png[\s\S]*usage/);
  });
});

describe('parseDeckArgs', () => {
  it('reads the same view query as the snapshot, and the deck options', () => {
    expect(
      parseDeckArgs([
        'years=2019&theme=dark',
        'out.pptx',
        '--story',
        'decade-of-cooperation',
        '--lang',
        'zh',
        '--aspect',
        '4:3',
      ]),
    ).toEqual({
      query: 'years=2019&theme=dark',
      out: 'out.pptx',
      dist: 'dist',
      options: { story: 'decade-of-cooperation', lang: 'zh', aspect: '4:3' },
    });
    expect(parseSnapshotArgs(['years=2019&theme=dark', 'out.png']).query).toBe(
      'years=2019&theme=dark',
    );
  });

  it('takes the output alone (the first view), --events for every event in date order', () => {
    expect(parseDeckArgs(['out.pptx', '--events', '--width', '960'])).toEqual({
      query: '',
      out: 'out.pptx',
      dist: 'dist',
      options: { story: null, width: 960 },
    });
  });

  it('explains the usage on a bad language, aspect or output', () => {
    expect(() => parseDeckArgs(['out.pptx', '--lang', 'fr'])).toThrow(/--lang must be zh or en/);
    expect(() => parseDeckArgs(['out.pptx', '--aspect', '16:10'])).toThrow(/--aspect must be/);
    expect(() => parseDeckArgs(['region=aba', 'out.png'])).toThrow(/usage: npm run deck/);
    expect(() => parseDeckArgs(['out.pptx', '--story'])).toThrow(/--story needs a value/);
  });
});

describe('buildIsStale', () => {
  it('is stale without a build, or when a source is newer', () => {
    const root = mkdtempSync(join(tmpdir(), 'snapshot-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.ts'), '');
    expect(buildIsStale(root, 'dist')).toBe(true);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '');
    utimesSync(join(root, 'src/a.ts'), new Date(1000), new Date(1000));
    expect(buildIsStale(root, 'dist')).toBe(false);
    utimesSync(join(root, 'src/a.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(buildIsStale(root, 'dist')).toBe(true);
  });
});

describe('freePort', () => {
  it('finds a port', async () => {
    expect(await freePort()).toBeGreaterThan(1023);
  });
});
