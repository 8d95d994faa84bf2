/** Shapes the atlas pipeline passes between its steps (the data shapes live in src/domain/schema.ts). */

/** A source file as read from disk: repository-relative path and text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything `npm run data` reads. */
export interface Sources {
  regions: SourceFile;
  sectors: SourceFile;
  /** `data/geo/points.json`, or null when the geo build has not run. */
  points: SourceFile | null;
  /** `data/annotations/<id>.yaml` (and `<id>.draft.yaml` with `--include-drafts`). */
  annotations: SourceFile[];
  /** `data/raw/<id>.txt` by article id. */
  raw: ReadonlyMap<string, SourceFile>;
}

/** A generated file: repository-relative path and exact content (bytes for a pack). */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** What a successful build produced. */
export interface BuildSummary {
  articles: number;
  events: number;
  figures: number;
  regions: number;
}

export type BuildResult =
  { ok: true; outputs: OutputFile[]; summary: BuildSummary } | { ok: false; problems: string[] };

/** Where generated files go; `public/data/articles/` and `public/data/detail/` are owned entirely by the pipeline. */
export const ATLAS_PATH = 'public/data/atlas.json';
export const ARTICLES_DIR = 'public/data/articles';
export const DETAIL_DIR = 'public/data/detail';
export const POINTS_PATH = 'data/geo/points.json';
