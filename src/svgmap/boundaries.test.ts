import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoundaries } from '../mapmodel/geography';
import { readSvgBoundaries, svgBoundariesFile } from './boundaries';

const { topology, geography } = readBoundaries(
  JSON.parse(readFileSync('public/data/boundaries.json', 'utf8')),
);
const file = JSON.parse(readFileSync('public/data/boundaries-svg.json', 'utf8')) as Record<
  string,
  unknown
>;

describe('the SVG map boundaries file', () => {
  it('is the path data of boundaries.json, as npm run geo writes it', () => {
    expect(file).toEqual(JSON.parse(JSON.stringify(svgBoundariesFile(topology, geography))));
  });

  it('gives the same region boxes and extent as the GeoJSON', () => {
    const svg = readSvgBoundaries(file);
    expect(svg.extent).toEqual(geography.extent);
    expect(svg.bounds.size).toBe(geography.bounds.size);
    expect(svg.bounds.get('rongchang')).toEqual(geography.bounds.get('rongchang'));
  });

  it('names the file and the field of bad path data', () => {
    const bad = structuredClone(file) as { shapes: { regions: { d: string }[] } };
    const region = bad.shapes.regions[2];
    if (region) region.d = 'M0,0"/><script>';
    expect(() => readSvgBoundaries(bad)).toThrow(
      'data/boundaries-svg.json, field shapes.regions.2.d: must be SVG path data',
    );
  });

  it('refuses paths written at another zoom', () => {
    expect(() => readSvgBoundaries({ ...file, refZoom: 8 })).toThrow(/field refZoom.*npm run geo/);
  });
});
