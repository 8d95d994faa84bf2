import { mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from './output';

describe('writeOutputs', () => {
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'geo-out-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a/same.json'), '{"x":1}');
    writeFileSync(join(root, 'a/old.json'), '{"x":0}');
    return root;
  };
  const outputs = [
    { path: 'a/same.json', content: Buffer.from('{"x":1}') },
    { path: 'a/old.json', content: Buffer.from('{"x":2}') },
    { path: 'b/new.json', content: Buffer.from('{}') },
  ];

  it('in check mode lists stale files and writes nothing', () => {
    const root = setup();
    expect(writeOutputs(root, outputs, true)).toEqual(['a/old.json', 'b/new.json']);
    expect(readFileSync(join(root, 'a/old.json'), 'utf8')).toBe('{"x":0}');
  });

  it('writes only the files that changed', () => {
    const root = setup();
    const before = statSync(join(root, 'a/same.json')).mtimeMs;
    expect(writeOutputs(root, outputs, false)).toEqual(['a/old.json', 'b/new.json']);
    expect(readFileSync(join(root, 'b/new.json'), 'utf8')).toBe('{}');
    expect(statSync(join(root, 'a/same.json')).mtimeMs).toBe(before);
    expect(writeOutputs(root, outputs, true)).toEqual([]);
  });
});
