/**
 * The ingester in the browser: `window.atlas.draft(text)` runs the same code as
 * `npm run ingest -- <file> --json` in a Web Worker, in the served build and in the
 * offline single file opened from file:// with every request blocked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SEEDS = ['000_655edb8ce8c911e2', '003_8fac517cc1887912'];
const SINGLE = 'dist-single/atlas.html';

/** What the CLI prints for a file, without the two fields only a file has. */
function cliDraft(id: string): unknown {
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', `data/raw/${id}.txt`, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const printed: unknown = JSON.parse(out);
  expect(printed).toMatchObject({ file: `data/raw/${id}.txt`, encoding: 'UTF-8' });
  const draft = Object.fromEntries(
    Object.entries(printed ?? {}).filter(([key]) => key !== 'file' && key !== 'encoding'),
  );
  return draft;
}

async function browserDraft(page: Page, id: string): Promise<unknown> {
  const text = readFileSync(join('data/raw', `${id}.txt`), 'utf8');
  return page.evaluate(([t, i]) => window.atlas?.draft(t, i), [text, id] as const);
}

test('window.atlas.draft gives the same draft as npm run ingest --json', async ({ page }) => {
  await page.goto('./?lang=zh');
  await page.waitForFunction(() => window.atlas !== undefined);
  for (const id of SEEDS) {
    const draft = await browserDraft(page, id);
    expect(draft).toMatchObject({ valid: true, annotation: { id, status: 'draft' } });
    expect(draft).toEqual(cliDraft(id));
  }
  const refused = await page.evaluate(() =>
    window.atlas?.draft('Not an article at all.').then(
      () => 'drafted',
      (e: unknown) => String(e),
    ),
  );
  expect(refused).toMatch(/no Chinese text/);
});

test('the offline single file drafts from file:// with every request blocked', async ({
  page,
  guards,
}) => {
  const stale = (path: string) =>
    existsSync(path) && (!existsSync(SINGLE) || statSync(path).mtimeMs > statSync(SINGLE).mtimeMs);
  if (!existsSync(SINGLE) || stale('public/data/gazetteer.json') || stale('dist/index.html'))
    execFileSync('npx', ['tsx', 'scripts/buildSingle.ts'], { stdio: 'inherit' });
  guards.allowedOrigins.push('file://');
  const blocked: string[] = [];
  await page.route('**', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(`${pathToFileURL(join(process.cwd(), SINGLE)).href}?lang=en`);
  await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
  const id = SEEDS[0] ?? '';
  expect(await browserDraft(page, id)).toEqual(cliDraft(id));
  expect(blocked).toEqual([]);
});
