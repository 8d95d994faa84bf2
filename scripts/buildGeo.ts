/**
 * `npm run geo` builds the atlas's geographic assets from pinned npm packages and
 * `data/regions.yaml`: `public/data/boundaries.json` (TopoJSON) and
 * `public/data/boundaries-svg.json` (the SVG map's path data), `data/geo/points.json`
 * (label points), `public/fonts/atlas-labels.woff2` (label font subset) and its licence.
 * `npm run geo -- --check` writes nothing and fails when a committed file is stale.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { AdminShape } from './geo/boundaries';
import { buildBoundaries } from './geo/boundaries';
import { clipLinear, clipPolygonal, contextFeatures, neighbourFeatures } from './geo/context';
import type { TiandituFiles } from './geo/dataset';
import { boundaryLines, datasetNames, unitParts } from './geo/dataset';
import { labelCharacters, missingGlyphs, subsetLabelFont } from './geo/font';
import { GazetteerError, readCuratedIds, readGazetteer } from './geo/gazetteer';
import type { Output } from './geo/output';
import { writeOutputs } from './geo/output';
import { computePoints, formatPoints } from './geo/points';
import * as sources from './geo/sources';
import { readTianditu } from './geo/sources';
import { LEVEL_FILE, validateGazetteer } from './geo/validate';
import { readBoundaries } from '../src/mapmodel/geography';
import { svgBoundariesFile } from '../src/svgmap/boundaries';

const OUT = {
  boundaries: 'public/data/boundaries.json',
  svgBoundaries: 'public/data/boundaries-svg.json',
  points: 'data/geo/points.json',
  font: 'public/fonts/atlas-labels.woff2',
  licence: 'public/fonts/OFL.txt',
};

class BuildError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function collectionOf(topo: Topology, name: string): FeatureCollection {
  const object = topo.objects[name];
  if (object?.type !== 'GeometryCollection')
    throw new Error(`TopoJSON object "${name}" is missing`);
  return feature(topo, object);
}

async function build(): Promise<{ outputs: Output[]; summary: string[] }> {
  sources.checkPinnedVersions();
  const regions = readGazetteer();
  // Provinces and the curated prefectures/counties are drawn; the generated entries of
  // the national gazetteer are labelled from their point only, to keep the file small.
  const curated = readCuratedIds();
  const drawn = (id: string, level: string) => level === 'province' || curated.has(id);
  const files: TiandituFiles = { 1: readTianditu(1), 2: readTianditu(2), 3: readTianditu(3) };
  const problems = validateGazetteer(regions, datasetNames(files));
  if (problems.length) throw new BuildError(problems);

  const shapes: AdminShape[] = regions.map((r) => {
    const parts = unitParts(files, LEVEL_FILE[r.level], r.code);
    if (!parts)
      throw new BuildError([`data/regions.yaml: region "${r.id}", field code: no polygon`]);
    return { id: r.id, code: r.code, level: r.level, parts };
  });
  const partsById = new Map(shapes.map((s) => [s.id, s.parts]));

  const countries = collectionOf(sources.readCountries(), 'countries');
  const asia = sources.readAsiaRiversLakes();
  const provinces = shapes.filter((s) => s.level === 'province');
  const topo = buildBoundaries({
    provinces,
    boundaryLines: boundaryLines(files),
    regions: shapes.filter((s) => s.level !== 'province' && drawn(s.id, s.level)),
    neighbours: neighbourFeatures(
      countries,
      provinces.flatMap((p) => p.parts),
    ),
    rivers: contextFeatures(collectionOf(asia, 'rivers'), clipLinear),
    lakes: contextFeatures(collectionOf(asia, 'lakes'), clipPolygonal),
  });
  const boundaries = Buffer.from(JSON.stringify(topo));
  // The SVG map's path data, written from the same topology: its first frame then needs no
  // TopoJSON conversion (src/svgmap/boundaries.ts).
  const { topology, geography } = readBoundaries(topo);
  const svgBoundaries = Buffer.from(JSON.stringify(svgBoundariesFile(topology, geography)));

  const levelById = new Map(regions.map((r) => [r.id, r.level]));
  const points = computePoints(
    regions.map((r) => r.id),
    (id) => partsById.get(id),
    (id) => drawn(id, levelById.get(id) ?? 'county'),
  );

  const chars = labelCharacters(regions);
  const font = await subsetLabelFont(readFileSync(sources.FONT_SOURCE), chars);
  const glyphProblems = missingGlyphs(regions, font.covered);
  if (glyphProblems.length) throw new BuildError(glyphProblems);
  const licence = Buffer.from(
    `atlas-labels.woff2 is a subset of Noto Sans SC Regular (@fontsource/noto-sans-sc ` +
      `${sources.PINNED['@fontsource/noto-sans-sc']}, ${sources.rel(sources.FONT_SOURCE)}), ` +
      `made by scripts/buildGeo.ts with subset-font. It is licensed under the SIL Open Font ` +
      `License 1.1, reproduced below from the package.\n\n` +
      readFileSync(sources.FONT_LICENCE, 'utf8'),
  );

  const counts = Object.entries(topo.objects).map(([name, o]) =>
    o.type === 'GeometryCollection' ? `${name} ${o.geometries.length}` : name,
  );
  const size = (b: Buffer) =>
    `${(b.length / 1024).toFixed(0)} KB raw, ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(0)} KB gzip`;
  return {
    outputs: [
      { path: OUT.boundaries, content: boundaries },
      { path: OUT.svgBoundaries, content: svgBoundaries },
      { path: OUT.points, content: Buffer.from(formatPoints(points)) },
      { path: OUT.font, content: font.woff2 },
      { path: OUT.licence, content: licence },
    ],
    summary: [
      `${OUT.boundaries}: ${size(boundaries)}; ${counts.join(', ')}; ${topo.arcs.length} arcs`,
      `${OUT.svgBoundaries}: ${size(svgBoundaries)}`,
      `${OUT.points}: ${points.size} regions`,
      `${OUT.font}: ${chars.length} characters, ${(font.woff2.length / 1024).toFixed(1)} KB`,
    ],
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const started = performance.now();
  try {
    const { outputs, summary } = await build();
    const changed = writeOutputs(sources.ROOT, outputs, check);
    if (check && changed.length) {
      console.error(`Stale geo files: ${changed.join(', ')}; run npm run geo`);
      process.exitCode = 1;
      return;
    }
    for (const line of summary) console.log(line);
    const verb = check
      ? 'up to date'
      : changed.length
        ? `wrote ${changed.join(', ')}`
        : 'nothing changed';
    console.log(`geo: ${verb} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    const problems =
      error instanceof BuildError || error instanceof GazetteerError
        ? error.problems
        : [error instanceof Error ? error.message : String(error)];
    console.error(
      `geo build failed; nothing written:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

await main();
