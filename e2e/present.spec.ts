import { expect, openAtlas, test } from './fixtures';

test('presenting every event: keys step through it and the URL follows', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: /演示/ }).click();
  await page.getByRole('button', { name: /全部合作事件/ }).click();
  const card = page.locator('.present-card');
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=1(&|$)/);
  await expect(page).toHaveURL(/pair=hunan~jiangxi/);
  await expect(card.locator('.present-card__eyebrow')).toHaveText('框架协议 · 2014年4月');
  await expect(card).toContainText('来源：中国江西网');
  const total = Number((await card.locator('.present-card__count').textContent())?.split('/')[1]);
  expect(total).toBeGreaterThan(20);

  const expectStep = async (n: number) => {
    await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
    await expect(card.locator('.present-card__count')).toHaveText(`${n} / ${total}`);
  };
  await page.keyboard.press('ArrowRight');
  await expectStep(2);
  await page.keyboard.press('PageDown');
  await expectStep(3);
  await page.keyboard.press('Space');
  await expectStep(4);
  await page.keyboard.press('PageUp');
  await expectStep(3);
  await page.keyboard.press('ArrowLeft');
  await expectStep(2);
  await page.keyboard.press('End');
  await expectStep(total);
  await expect(card).toContainText('自贡');
  await page.keyboard.press('Home');
  await expectStep(1);
  await page.goBack();
  await expectStep(total);
  await page.goForward();
  await expectStep(1);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/step=/);
});

test('a curated story opens from the URL at its step, with its filters and caption', async ({
  page,
}) => {
  await openAtlas(page, '?story=decade-of-cooperation&step=6');
  const card = page.locator('.present-card');
  await expect(card.locator('h2')).toContainText('荣昌');
  await expect(card.locator('.present-card__figure')).toContainText('150亿元');
  await expect(page).toHaveURL(/region=rongchang/);
  await expect(page).toHaveURL(/years=2014-2020/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=7/);
  await expect(page).toHaveURL(/region=deyang/);
  await expect(page).toHaveURL(/years=2014-2021/);
  await page.goBack();
  await expect(page).toHaveURL(/step=6/);
  await expect(card.locator('h2')).toContainText('荣昌');
  await page.evaluate(() => window.atlas?.setState({ lang: 'en' }));
  await expect(card.locator('.present-card__figure')).toContainText('CNY 15 billion');
});

test('a step past the end is dropped with a notice', async ({ page }) => {
  await openAtlas(page, '?step=999');
  await expect(page.locator('.notices')).toContainText('step=999');
  await expect(page.locator('.present-card')).toHaveCount(0);
  await expect(page).not.toHaveURL(/step=/);
});

test('keys step the presentation inside an iframe', async ({ page }) => {
  await page.goto('./embed-example.html');
  await expect(page.locator('#log')).toContainText('atlas:ready', { timeout: 60_000 });
  const frame = page.frameLocator('#atlas');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const card = frame.locator('.present-card');
  await expect(card.locator('.present-card__count')).toHaveText(/^1 \/ /);
  await card.locator('h2').click();
  await page.keyboard.press('ArrowRight');
  await expect(card.locator('.present-card__count')).toHaveText(/^2 \/ /);
  await page.keyboard.press('PageDown');
  await expect(card.locator('.present-card__count')).toHaveText(/^3 \/ /);
  const url = await page.frame({ url: /embed=1/ })?.evaluate(() => window.location.search);
  expect(url).toMatch(/step=3/);
});
