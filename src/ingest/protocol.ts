/**
 * Messages between the page (`client.ts`) and the ingest worker (`worker.ts`). Every
 * request carries an id; the worker answers each with the same id.
 */
import type { CheckProblem } from './check/problem';
import type { Gazetteer } from './gazetteer';
import type { DraftResult, IngestInput } from './ingest';

/** Where the worker gets the gazetteer data: a URL to fetch, or the file's text (single-file build). */
export type GazetteerSource = { url: string } | { text: string };

/** Page → worker. */
export type WorkerRequest =
  | { id: number; kind: 'draft'; input: IngestInput; articleId: string; source: GazetteerSource }
  | { id: number; kind: 'gazetteer'; source: GazetteerSource }
  | {
      id: number;
      kind: 'check';
      /** The annotation as a plain object (the form's state). */
      annotation: unknown;
      /** Its article id (the file name it will be saved under). */
      stem: string;
      /** The article's raw text, which its quotes must be in once normalised. */
      text: string;
      source: GazetteerSource;
    };

/** Why the worker could not answer: the gazetteer could not be loaded or read, or drafting threw. */
export interface WorkerFailure {
  reason: 'gazetteer-unavailable' | 'draft-failed';
  /** The technical detail, for the console and bug reports. */
  detail: string;
}

/** Worker → page. */
export type WorkerResponse =
  | { id: number; kind: 'draft'; result: DraftResult }
  | { id: number; kind: 'gazetteer'; gazetteer: Gazetteer }
  | { id: number; kind: 'check'; problems: CheckProblem[] }
  | { id: number; kind: 'failed'; failure: WorkerFailure };
