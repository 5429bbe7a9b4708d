// The design system in the browser: axe in both themes on the pages with the most colour, form
// controls whose checked, focused and disabled states show without colour, and stage colours.
import { expect, expectAccessible, test, waitForIslands } from './fixtures';

const pages = [
  '/en/',
  '/zh-cn/',
  '/en/stages/identifying/',
  '/en/stages/',
  '/en/exercises/',
  '/en/worksheets/',
  '/en/worksheets/opportunity-assessment/',
  '/en/opportunities/',
  '/en/progress/',
  '/en/reference/',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in ${scheme} mode on the pages with stage colours and controls`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of pages) {
      await page.goto(path);
      await waitForIslands(page);
      await expectAccessible(page);
    }
  });
}

test('a checked checkbox shows a tick and a checked radio a dot, in both themes', async ({ page }) => {
  const ticks: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/en/exercises/loudest-voice/');
    await waitForIslands(page);
    const box = page.getByRole('checkbox').first();
    const radio = page.getByRole('radio').first();
    const image = (el: typeof box) => el.evaluate((e) => getComputedStyle(e).backgroundImage);
    expect(await image(box)).toBe('none');
    expect(await image(radio)).toBe('none');
    await box.check();
    await radio.check();
    expect(await image(box)).toMatch(/^url\("data:image\/svg\+xml/);
    expect(await image(radio)).toMatch(/^radial-gradient/);
    ticks.push(await image(box));
    await page.evaluate(() => localStorage.clear());
  }
  // The tick takes the theme's colour on the accent (white on dark teal, near-black on light teal).
  expect(ticks[0]).not.toBe(ticks[1]);
});

test('a keyboard focus ring shows on buttons and fields', async ({ page }) => {
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  const button = page.getByRole('button', { name: 'Download my data' });
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await button.evaluate(
    (e) => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth,
  );
  expect(outline).toBe('solid 3px');
});

test('a disabled button looks disabled: dashed border, dimmed, another background', async ({ page }) => {
  await page.goto('/en/my-data/');
  await waitForIslands(page);
  const read = page.getByRole('button', { name: 'Read the code' });
  await expect(read).toBeDisabled();
  const enabled = page.getByRole('button', { name: 'Download my data' });
  const style = (el: typeof read) =>
    el.evaluate((e) => {
      const s = getComputedStyle(e);
      return { border: s.borderTopStyle, opacity: Number(s.opacity), background: s.backgroundColor };
    });
  const [off, on] = [await style(read), await style(enabled)];
  expect(off.border).toBe('dashed');
  expect(off.opacity).toBeLessThan(1);
  expect(off.background).not.toBe(on.background);
});

test('each stage has its own colour, the same on the map, the stage page and the guided path', async ({ page }) => {
  await page.goto('/en/');
  const mapColours = await page
    .locator('.stage-map [data-stage-n] .num')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(mapColours).toHaveLength(7);
  expect(new Set(mapColours).size).toBe(7);
  await page.goto('/en/stages/identifying/');
  const pageColour = await page.locator('.stage-body').evaluate((e) => getComputedStyle(e).borderTopColor);
  expect(pageColour).toBe(mapColours[1]);
  await page.goto('/en/stages/');
  const pathColour = await page
    .locator('[data-path-stage="identifying"]')
    .evaluate((e) => getComputedStyle(e).borderTopColor);
  expect(pathColour).toBe(mapColours[1]);
});

test('the cards of a grid row are as tall as each other', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/exercises/');
  const boxes = await page
    .getByTestId('exercise-list')
    .locator(':scope > li')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, height: r.height })));
  const firstRow = boxes.filter((b) => b.top === boxes[0]!.top);
  expect(firstRow.length).toBeGreaterThan(1);
  expect(new Set(firstRow.map((b) => b.height)).size).toBe(1);
});
