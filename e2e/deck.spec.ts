/**
 * Export → PowerPoint, checked the way a person would check it: the .pptx is
 * unzipped (slides, words, pictures, notes), then opened in LibreOffice Impress
 * and read back from the PDF it prints: every page has its picture and all its
 * words, inside their boxes, in a font with Chinese glyphs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { distinctColours, expect, openAtlas, test } from './fixtures';
import { renderDeck, type Word } from './office';
import { exportDeck, readDeck, type DeckFacts } from './pptx';

// Drawing 11 maps and printing the deck with LibreOffice takes a while on a busy machine.
test.setTimeout(300_000);

type Lang = 'zh' | 'en';
type Text = Record<Lang, string>;
interface Step {
  event?: string;
  figure?: string;
  title?: Text;
  caption: Text;
}
interface Atlas {
  events: { article: string; id: string; title: Text }[];
  figures: { article: string; id: string; metric: Text }[];
  articles: { id: string; source: Text }[];
}
const STORY: { title: Text; steps: Step[] } = parse(
  readFileSync('data/stories/decade-of-cooperation.yaml', 'utf8'),
);
const ATLAS: Atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8'));
const byRef = <T extends { article: string; id: string }>(list: T[], ref = '') =>
  list.find((r) => `${r.article}#${r.id}` === ref);

const squash = (s: string) => s.replace(/\s+/g, '');
const HANGS = /[，。、；：！？）》」』”]$/;

/** The story's own words on each step slide: title, caption, key figure's metric, source. */
function expectStoryWords(deck: DeckFacts, lang: Lang) {
  expect(deck.slides[0]?.paragraphs).toContain(STORY.title[lang]);
  STORY.steps.forEach((step, i) => {
    const slide = deck.slides[i + 1];
    const words = slide?.paragraphs ?? [];
    const event = byRef(ATLAS.events, step.event);
    expect(words, `slide ${i + 2} title`).toContain(step.title?.[lang] ?? event?.title[lang]);
    expect(words, `slide ${i + 2} caption`).toContain(step.caption[lang]);
    const figure = byRef(ATLAS.figures, step.figure);
    if (figure) {
      expect(words.some((w) => w.startsWith(`${figure.metric[lang]} · `))).toBe(true);
      expect(slide?.notes).toContain(lang === 'zh' ? '原文：“' : 'Source sentence');
    }
    if (event) {
      const source = ATLAS.articles.find((a) => a.id === event.article)?.source[lang] ?? '?';
      expect(words.some((w) => w.includes(source))).toBe(true);
      expect(slide?.notes).toContain(event.article);
    }
  });
}

const CASES = [
  { lang: 'zh', theme: 'light', aspect: '16:9', paper: 'FFFFFF', size: [960, 540] },
  { lang: 'zh', theme: 'dark', aspect: '4:3', paper: '121B24', size: [960, 720] },
  { lang: 'en', theme: 'light', aspect: '4:3', paper: 'FFFFFF', size: [960, 720] },
  { lang: 'en', theme: 'dark', aspect: '16:9', paper: '121B24', size: [960, 540] },
] as const;

for (const c of CASES) {
  test(`a story deck in ${c.lang}, ${c.theme}, ${c.aspect}: its words, pictures and sources, and LibreOffice prints every slide whole`, async ({
    page,
  }) => {
    await openAtlas(page, `?lang=${c.lang}&theme=${c.theme}`);
    const bytes = await exportDeck(page, {
      story: 'decade-of-cooperation',
      aspect: c.aspect,
      width: 960,
    });
    const deck = readDeck(bytes);
    const n = STORY.steps.length;
    expect(deck.slides).toHaveLength(n + 2);
    expect(deck.width / deck.height).toBeCloseTo(c.aspect === '16:9' ? 16 / 9 : 4 / 3, 2);
    expectStoryWords(deck, c.lang);
    for (const slide of deck.slides.slice(0, n + 1)) {
      expect(slide.pictures).toEqual([{ width: c.size[0], height: c.size[1] }]);
      expect(slide.paragraphs.some((p) => /审图号|Map approval no\./.test(p))).toBe(true);
    }
    const sources = deck.slides[n + 1];
    expect(sources?.pictures).toEqual([]);
    for (const id of new Set(STORY.steps.flatMap((s) => [s.event, s.figure]).filter(Boolean)))
      expect(sources?.paragraphs.join('\n')).toContain(id?.split('#')[0]);
    const slideXml = new TextDecoder().decode(deck.files['ppt/slides/slide2.xml']);
    expect(slideXml).toContain(`<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${c.paper}"/>`);

    const pdf = renderDeck(bytes, `deck-${c.lang}-${c.theme}`);
    expect(pdf.pages).toBe(deck.slides.length);
    const fonts = pdf.fonts();
    if (c.lang === 'zh')
      expect(
        fonts.some((f) => /CJK/i.test(f)),
        fonts.join(),
      ).toBe(true);
    expect(fonts.filter((f) => /OpenSymbol|LastResort|Unifont/i.test(f))).toEqual([]);
    deck.slides.forEach((slide, i) => {
      const p = i + 1;
      const text = squash(pdf.text(p));
      for (const paragraph of slide.paragraphs) {
        expect(text, `page ${p} prints "${paragraph}"`).toContain(squash(paragraph));
      }
      const { width, words } = pdf.words(p);
      const k = width / deck.width;
      // Chinese typesetting lets closing punctuation hang past the line's end (hangingPunct).
      const hang = (w: Word) => (HANGS.test(w.text) ? (w.x1 - w.x0) / [...w.text].length : 0);
      const outside = words.filter(
        (w) =>
          !slide.textBoxes.some(
            (b) =>
              w.x0 >= b.x * k - 2 &&
              w.y0 >= b.y * k - 2 &&
              w.x1 <= (b.x + b.w) * k + 2 + hang(w) &&
              w.y1 <= (b.y + b.h) * k + 2,
          ),
      );
      expect(
        outside.map((w) => w.text),
        `page ${p}: words outside their boxes`,
      ).toEqual([]);
      const colours = distinctColours(pdf.png(p));
      expect(colours, `page ${p} is not blank`).toBeGreaterThan(slide.pictures.length ? 60 : 3);
    });
  });
}

test('the current view as a deck: one map slide and its sources, the same bytes every time', async ({
  page,
}) => {
  await openAtlas(page, '?lang=zh&region=rongchang&years=2016-2024');
  const first = await exportDeck(page, { lang: 'en', width: 800 });
  const deck = readDeck(first);
  expect(deck.slides).toHaveLength(2);
  expect(deck.slides[0]?.paragraphs).toContain('Rongchang');
  expect(deck.slides[0]?.paragraphs.some((p) => p.startsWith('2016–2024 · All sectors'))).toBe(
    true,
  );
  expect(deck.slides[0]?.pictures).toEqual([{ width: 800, height: 450 }]);
  const again = await exportDeck(page, { lang: 'en', width: 800 });
  expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
});

test('a bad story or option is refused with a message that says what to do', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const refusal = (options: object) =>
    page.evaluate(
      (o) =>
        window.atlas?.exportDeck(o).then(
          () => 'exported',
          (e: unknown) => (e instanceof Error ? e.message : String(e)),
        ),
      options,
    );
  expect(await refusal({ story: 'nowhere' })).toBe(
    'There is no story “nowhere” (data/stories/nowhere.yaml). Stories: decade-of-cooperation; leave the story out to export the current view.',
  );
  expect(await refusal({ aspect: '16:10' })).toBe(
    'Option aspect cannot be “16:10”: use 16:9 or 4:3.',
  );
});

test('the Export dialog downloads a story as a 4:3 PowerPoint deck', async ({ page }) => {
  await openAtlas(page, '?lang=zh');
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出当前视图' });
  await dialog
    .getByRole('combobox', { name: '内容' })
    .selectOption({ label: `${STORY.title.zh} · ${STORY.steps.length} 步` });
  await dialog.getByRole('radio', { name: '4:3 标准' }).check();
  const download = page.waitForEvent('download', { timeout: 200_000 });
  await dialog.getByRole('button', { name: '下载 PowerPoint（.pptx）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('cooperation-atlas_decade-of-cooperation_zh_4x3.pptx');
  const deck = readDeck(readFileSync(await file.path()));
  expect(deck.slides).toHaveLength(STORY.steps.length + 2);
  expect(deck.slides[1]?.pictures).toEqual([{ width: 1920, height: 1440 }]);
  await expect(dialog.getByRole('status')).toContainText('已生成');
});
