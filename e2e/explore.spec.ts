import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './fixtures';

/** Page x of the middle of a year's slot on the timeline (no expanded years: equal slots). */
async function yearX(page: Page, year: number): Promise<{ x: number; y: number }> {
  const track = page.locator('.tl-track');
  const box = await track.boundingBox();
  const brush = page.getByRole('slider', { name: '年份范围' });
  const min = Number(await brush.getAttribute('aria-valuemin'));
  const max = Number(await brush.getAttribute('aria-valuemax'));
  if (!box) throw new Error('the timeline track has no box');
  const slot = box.width / (max - min + 1);
  return { x: box.x + (year - min + 0.5) * slot, y: box.y + box.height / 2 };
}

const years = (page: Page) => page.evaluate(() => window.atlas?.getState().years ?? null);
const eventCount = (page: Page) =>
  page.locator('#panel .stats div').filter({ hasText: '合作事件' }).locator('dd');

test('dragging on the timeline brushes a year range into the URL', async ({ page }) => {
  await openAtlas(page);
  const from = await yearX(page, 2016);
  const to = await yearX(page, 2019);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]years=2016-2019(&|$)/);
  await expect(page.locator('.tl-current')).toHaveText('2016–2019');
  // A click selects one year, which the strip then draws month by month.
  const y2020 = await yearX(page, 2020);
  await page.mouse.click(y2020.x, y2020.y);
  await expect(page).toHaveURL(/[?&]years=2020(&|$)/);
  await expect(page.locator('.tl-bin')).not.toHaveCount(0);
});

test('the timeline brush and its handles work from the keyboard', async ({ page }) => {
  await openAtlas(page, '?years=2016-2017');
  const brush = page.getByRole('slider', { name: '年份范围' });
  await brush.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/years=2017-2018/);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page).toHaveURL(/years=2017-2019/);
  await expect(brush).toHaveAttribute('aria-valuetext', '2017–2019');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/years=2014-2016/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/years=2017-2019/);
  await page.getByRole('slider', { name: '结束年份' }).press('End');
  await expect(page).toHaveURL(/years=2017-2024/);
  await brush.press('Escape');
  await expect(page).not.toHaveURL(/years=/);
});

test('play steps through the years, the map and panel follow, and it stops at the end', async ({
  page,
}) => {
  await openAtlas(page);
  const all = await eventCount(page).textContent();
  const links = page.locator('#panel .link-list .pair-name');
  await page.getByRole('combobox', { name: '播放速度' }).selectOption('0.5');
  await page.getByRole('button', { name: '播放：逐年显示' }).click();
  // Paused, the panel is read while play cannot move on (reading it during play raced the
  // timer on a busy machine). Whatever year it stopped on, the panel must show exactly what
  // that year's filter shows.
  await expect.poll(() => years(page), { intervals: [50] }).toBe('2014');
  await page.getByRole('button', { name: '暂停播放' }).click();
  const stopped = (await years(page)) ?? '';
  expect(stopped).toMatch(/^20\d\d$/);
  await expect(page.locator('.tl-current')).toHaveText(stopped);
  const played = {
    count: await eventCount(page).textContent(),
    links: await links.allTextContents(),
  };
  expect(played.count).not.toBe(all);
  await page.evaluate(() => window.atlas?.setState({ years: null }));
  await expect(eventCount(page)).toHaveText(all ?? '');
  await page.evaluate((y) => window.atlas?.setState({ years: y }), stopped);
  await expect(eventCount(page)).toHaveText(played.count ?? '');
  await expect(links).toHaveText(played.links);
  // Play continues from the year it was stopped on.
  await page.getByRole('button', { name: '播放：逐年显示' }).click();
  await expect.poll(() => years(page)).not.toBe(stopped);
  const seen = new Set<string>([stopped]);
  await expect
    .poll(
      async () => {
        seen.add((await years(page)) ?? 'all');
        return [...seen].some((y) => /^\d{4}$/.test(y) && Number(y) >= 2016);
      },
      { timeout: 20_000, intervals: [100] },
    )
    .toBe(true);
  await page.getByRole('button', { name: '暂停播放' }).click();
  const paused = await years(page);
  await page.waitForTimeout(3000);
  expect(await years(page)).toBe(paused);
  expect([...seen].filter((y) => /^\d{4}$/.test(y)).sort()).toEqual(
    [...seen].filter((y) => /^\d{4}$/.test(y)),
  );

  // Cumulative from the first year up to the last, then play stops by itself.
  await page.getByRole('combobox', { name: '播放速度' }).selectOption('2');
  await page.getByRole('button', { name: /播放方式/ }).click();
  await page.getByRole('button', { name: '播放：逐年显示' }).click();
  await expect.poll(() => years(page)).toMatch(/^2014-20\d\d$/);
  await expect.poll(() => years(page), { timeout: 30_000, intervals: [200] }).toBe(null);
  await expect(page.getByRole('button', { name: '播放：逐年显示' })).toBeVisible();
  await expect(eventCount(page)).toHaveText(all ?? '');
});

for (const query of ['荣昌', 'Rongchang', 'rongchang']) {
  test(`searching ${query} selects Rongchang`, async ({ page }) => {
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.fill(query);
    const list = page.getByRole('listbox', { name: '搜索结果' });
    await expect(list.getByRole('option').first()).toContainText('荣昌区');
    await box.press('Enter');
    await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
    await expect(page.locator('#panel h2')).toHaveText('荣昌区');
  });
}

test('search opens an event at its quote and reads two short forms as a link', async ({ page }) => {
  await openAtlas(page);
  const box = page.getByRole('combobox', { name: '搜索' });
  await box.fill('川浙');
  await expect(page.getByRole('group', { name: '合作关系' }).getByRole('option')).toHaveText(
    /四川省 — 浙江省/,
  );
  await box.press('Enter');
  await expect(page).toHaveURL(/pair=sichuan~zhejiang/);
  await box.fill('电子电路产业园');
  const event = page.getByRole('group', { name: '合作事件' }).getByRole('option').first();
  await event.click();
  await expect(page).toHaveURL(/pair=rongchang~sichuan/);
  await expect(page.locator('#panel mark.focus')).toBeVisible();
});

test('the table sorts and selects like the map', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('tab', { name: '表格' }).click();
  await expect(page).toHaveURL(/[?&]view=table(&|$)/);
  const table = page.getByRole('table', { name: /合作事件/ });
  const dateHeader = table.getByRole('columnheader', { name: /日期/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('tbody tr').first()).toContainText('2014年4月');
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').first()).toContainText('2024年5月17日');

  const row = table
    .locator('tbody tr')
    .filter({ hasText: '在荣昌共同打造重庆电子电路产业园的协议' });
  await row.click();
  await expect(page).toHaveURL(/[?&]pair=rongchang~sichuan(&|$)/);
  await expect(page.locator('#panel h2')).toContainText('荣昌区');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toHaveClass(/is-selected/);

  await page.getByRole('button', { name: /统计数据/ }).click();
  const figures = page.getByRole('table', { name: /统计数据/ });
  const value = figures.getByRole('columnheader', { name: /数值/ });
  await value.getByRole('button').click();
  await expect(value).toHaveAttribute('aria-sort', 'ascending');
  const investment = figures.locator('tbody tr').filter({ hasText: '150亿元' });
  await investment.getByRole('button', { name: /总投资/ }).click();
  await expect(page).toHaveURL(/[?&]region=rongchang(&|$)/);
  await expect(investment).toHaveClass(/is-selected/);
  await expect(page.locator('#panel h2')).toHaveText('荣昌区');
});

test('the English table lists parties and sectors the English way', async ({ page }) => {
  await openAtlas(page, '?lang=en&view=table');
  const first = page.getByRole('table').locator('tbody tr').first();
  await expect(first.locator('.col-parties')).toHaveText('Jiangxi, Hunan');
  // The quotes stay as the articles wrote them; the names the table lists are English.
  const listed = await page
    .locator('.table-view :is(.col-parties, .col-sector)')
    .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
  expect(listed.some((text) => text.includes(', '))).toBe(true);
  expect(listed.filter((text) => text.includes('、'))).toEqual([]);
});

test('at 960×540 the English tables fit: sectors and article go under the title, nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 960, height: 540 });
  await openAtlas(page, '?lang=en&view=table');
  const body = page.locator('.table-view__body');
  for (const tab of ['Events', 'Figures']) {
    await page.getByRole('button', { name: new RegExp(`^${tab}`) }).click();
    const sideways = await body.evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(sideways, tab).toBeLessThanOrEqual(0);
    await expect(page.locator('.data-table th.col-article')).toBeHidden();
    // Each row still names its article (a button that opens it) and its sectors.
    const first = page.locator('.data-table tbody tr').first();
    await expect(first.locator('.row-meta .row-article')).toBeVisible();
  }
  await page.locator('.row-meta').filter({ hasText: 'Tourism' }).first().scrollIntoViewIfNeeded();
  await expect(page.locator('.row-meta').filter({ hasText: 'Tourism' }).first()).toBeVisible();
  // Their sorts move into the title's header: sorting by article orders the rows by it.
  const byArticle = page.locator('.data-table .sort-button--narrow', { hasText: 'Article' });
  await expect(byArticle).toBeVisible();
  await expect(byArticle).toHaveAttribute('aria-pressed', 'false');
  await byArticle.click();
  await expect(byArticle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.data-table th.col-metric')).toHaveAttribute('aria-sort', 'none');
  const articles = await page
    .locator('.data-table tbody tr .row-meta .row-article')
    .evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
  expect(articles.length).toBeGreaterThan(5);
  expect(articles).toEqual([...articles].sort(new Intl.Collator('en', { numeric: true }).compare));
  expect(new Set(articles).size).toBeGreaterThan(1);
  // A wide window keeps the columns.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.locator('.data-table th.col-article')).toBeVisible();
  await expect(page.locator('.data-table th.col-article')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.locator('.row-meta').first()).toBeHidden();
  await expect(byArticle).toBeHidden();
});

test('the Sichuan–Zhejiang ledger shows both 300,000 reports', async ({ page }) => {
  await openAtlas(page, '?pair=sichuan~zhejiang');
  const ledger = page.getByRole('region', { name: '合作台账' });
  await expect(ledger).toBeVisible();
  const series = ledger.locator('.ledger-series__item').filter({ hasText: '在川浙商' });
  await expect(series.locator('strong')).toHaveText(['30万人', '30万+人']);
  await expect(series.getByRole('img')).toHaveAttribute(
    'aria-label',
    /2016.*30万人.*2024.*30万\+人/,
  );
  await expect(ledger.locator('.ledger-steps li.is-reached')).toHaveCount(4);
});

for (const size of [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
]) {
  test(`the ledger's stage names keep every word whole at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openAtlas(page, '?pair=sichuan~zhejiang&lang=en');
    const labels = page.locator('.ledger-steps__label');
    await expect(labels).toHaveCount(4);
    // A word broken across two lines has two boxes.
    const split = await labels.evaluateAll((spans) =>
      spans.flatMap((span) => {
        const text = span.firstChild;
        if (!(text instanceof Text)) return [`no text in ${span.outerHTML}`];
        return [...text.data.matchAll(/\S+/g)].flatMap((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          return range.getClientRects().length === 1 ? [] : [m[0]];
        });
      }),
    );
    expect(split).toEqual([]);
  });
}

test('compare puts two regions side by side', async ({ page }) => {
  await openAtlas(page, '?region=sichuan');
  await page.getByRole('button', { name: '与其他地区对比…' }).click();
  await expect(page).toHaveURL(/view=compare/);
  await page.getByRole('combobox', { name: '地区二' }).selectOption('chongqing');
  await expect(page).toHaveURL(/compare=sichuan~chongqing/);
  const columns = page.locator('.compare-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.locator('.compare-column__head h3')).toHaveText(['四川省', '重庆市']);
  await expect(page.getByRole('table', { name: '各行业合作事件数' })).toContainText('民营经济');
  await page.reload();
  await expect(page.locator('.compare-column')).toHaveCount(2);
});

test('the compare tab starts from the selection: a link’s two ends side by side, a region on the left', async ({
  page,
}) => {
  await openAtlas(page, '?pair=sichuan~zhejiang');
  await page.getByRole('tab', { name: '对比' }).click();
  await expect(page).toHaveURL(/compare=sichuan~zhejiang/);
  await expect(page.locator('.compare-column__head h3')).toHaveText(['四川省', '浙江省']);

  await openAtlas(page, '?region=chongqing');
  await page.getByRole('tab', { name: '对比' }).click();
  await expect(page).toHaveURL(/compare=chongqing(&|$)/);
  await expect(page.getByRole('combobox', { name: '地区一' })).toHaveValue('chongqing');
  await expect(page.getByRole('combobox', { name: '地区二' })).toHaveValue('');
});
