/**
 * Draft shown after a paste (issue 19, target ≤ 1 s): in the authoring view
 * (`/?author=1&lang=zh`, a fresh context each run), a seed-sized raw article is
 * pasted into 报道全文 and 起草 clicked, as `e2e/author.spec.ts` does; measured in
 * the page from the click until the frame after the first highlighted `mark`
 * appears in `[data-article-pane]` (the draft on screen). Each run drafts cold:
 * the ingest worker and its lexicon load after the click, as for a person who
 * opens the view and pastes.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { evaluateWithin, loadAndWait, openPage } from './browser';
import { round, summarise, type Summary } from './stats';

/** A seed article as it was fetched (2,427 characters, simplified Chinese, with the site’s chrome). */
export const DRAFT_ARTICLE = 'data/raw/003_8fac517cc1887912.txt';

export interface DraftFigures {
  readonly article: string;
  readonly chars: number;
  /** Click → first highlight on screen, ms. */
  readonly shown: Summary;
  readonly samples: readonly number[];
}

// Plain JavaScript (see inPage.ts): armed before the click; resolves with click → the frame
// after the first highlight appears.
const ARM = `(() => {
  window.__draftShown = new Promise((resolve) => {
    let clicked = null;
    document.addEventListener('click', () => { clicked = performance.now(); }, { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (clicked === null || !document.querySelector('[data-article-pane] mark')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - clicked));
    }).observe(document.body, { childList: true, subtree: true });
  });
})()`;

/** One cold run: opens the authoring view, pastes, drafts; ms until the draft is shown. */
async function draftOnce(browser: Browser, origin: string, article: string): Promise<number> {
  const p = await openPage(browser, origin);
  try {
    await loadAndWait(p, `${origin}/?author=1&lang=zh`);
    await p.page.getByLabel('报道全文').fill(article);
    await p.page.evaluate(ARM);
    await p.page.getByRole('button', { name: '起草', exact: true }).click();
    const ms = await evaluateWithin(p, 'window.__draftShown', 'draft shown');
    if (typeof ms !== 'number') throw new Error(`draft: no time (${String(ms)})`);
    if (p.errors.length > 0) throw new Error(`draft: ${p.errors.join('; ')}`);
    return ms;
  } finally {
    await p.close();
  }
}

/** Drafts the article `runs` times, each in a fresh context. */
export async function measureDraft(
  browser: Browser,
  origin: string,
  runs: number,
  log: (line: string) => void,
): Promise<DraftFigures> {
  const article = readFileSync(DRAFT_ARTICLE, 'utf8');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await draftOnce(browser, origin, article));
    log(`draft ${i + 1}/${runs}: ${round(samples.at(-1) ?? NaN, 0)} ms`);
  }
  return {
    article: DRAFT_ARTICLE,
    chars: article.length,
    shown: summarise(samples),
    samples: samples.map((v) => round(v, 0)),
  };
}
