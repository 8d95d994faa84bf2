/**
 * Under `npm run dev` only: asks the dev server's plugin (`scripts/devSave.ts`) to write
 * the article into `data/raw/<id>.txt` and `data/annotations/<id>.yaml`. The production
 * build has no such endpoint, and this code is not called there.
 */
import { z } from '../domain/zod';

/** The dev server's endpoint. */
export const DEV_SAVE_URL = '/__atlas/articles';

const AnswerSchema = z.union([
  z.object({ ok: z.literal(true), files: z.array(z.string()) }),
  z.object({ ok: z.literal(false), detail: z.string() }),
]);

/** The files written, or why not. */
export type DevSaved = z.infer<typeof AnswerSchema>;

/** Sends the article's raw text and annotation YAML to the dev server. */
export async function writeToDataDir(id: string, raw: string, yaml: string): Promise<DevSaved> {
  try {
    const response = await fetch(DEV_SAVE_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, raw, yaml }),
    });
    const parsed = AnswerSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : { ok: false, detail: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, detail: String(error) };
  }
}
