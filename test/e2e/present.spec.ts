import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const DECK = '/en/present/identifying/';
const current = (page: Page) => page.locator('.slide.current');

/** Records CSP violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const slideCount = (page: Page) => page.locator('.slide').count();

test('keyboard moves through the deck; the answer is revealed on a key press', async ({ page }) => {
  await watchCsp(page);
  await page.goto(DECK);
  const total = await slideCount(page);
  await expect(current(page)).toHaveAttribute('aria-label', `Slide 1 of ${total}`);
  await expect(current(page).getByRole('heading', { level: 1 })).toHaveText('Identifying');
  for (const [key, hash] of [
    ['ArrowRight', '#2'],
    [' ', '#3'],
    ['PageDown', '#4'],
    ['ArrowLeft', '#3'],
    ['PageUp', '#2'],
    ['End', `#${total}`],
    ['Home', '#1'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
  }
  await expect(current(page)).toHaveAttribute('aria-label', `Slide 1 of ${total}`);

  // An "ask the room" question: the answer stays hidden until the next key press.
  const question = await page
    .locator('.slide')
    .evaluateAll((slides) => slides.findIndex((s) => s.classList.contains('slide-question')) + 1);
  await page.goto(`${DECK}#${question}`);
  await expect(current(page)).toContainText('Ask the room');
  await expect(current(page).locator('.slide-answer')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${question}\\.1$`));
  await expect(current(page).locator('.slide-answer')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${question + 1}$`));

  // B blanks the screen and brings it back; F asks for full screen.
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeHidden();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  expect(await cspViolations(page)).toEqual([]);
});

test("a case's contacts are revealed one at a time with their answers", async ({ page }) => {
  await page.goto(DECK);
  const first = await page
    .locator('.slide')
    .evaluateAll((slides) => slides.findIndex((s) => s.classList.contains('slide-contact')) + 1);
  await page.goto(`${DECK}#${first}`);
  await expect(current(page)).toContainText('Contact 1 of');
  await expect(current(page).locator('.slide-contact-answer')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(current(page).locator('.slide-contact-answer')).toBeVisible();
  await expect(current(page).locator('.slide-contact-answer')).toContainText('Roles');
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText('Contact 2 of');
});

test('a reload keeps the place, reveal included', async ({ page }) => {
  await page.goto(`${DECK}#5`);
  await expect(current(page)).toHaveAttribute('aria-label', /^Slide 5 of/);
  await page.keyboard.press('ArrowRight');
  await page.reload();
  await expect(current(page)).toHaveAttribute('aria-label', /^Slide 6 of/);
  const contact = await page
    .locator('.slide')
    .evaluateAll((slides) => slides.findIndex((s) => s.classList.contains('slide-contact')) + 1);
  await page.goto(`${DECK}#${contact}.1`);
  await page.reload();
  await expect(current(page).locator('.slide-contact-answer')).toBeVisible();
});

test('the presenter window follows the main window, and the other way round', async ({ context }) => {
  const main = await context.newPage();
  await watchCsp(main);
  await main.goto(DECK);
  const notes = await context.newPage();
  await watchCsp(notes);
  await notes.goto(`${DECK}?notes`);
  const total = await slideCount(main);
  await expect(notes.locator('[data-position]')).toHaveText(`Slide 1 of ${total}`);
  await expect(notes.locator('.notes-timer')).toHaveText(/^\d+:\d\d$/);

  await main.keyboard.press('ArrowRight');
  await main.keyboard.press('ArrowRight');
  await expect(notes.locator('[data-position]')).toHaveText(`Slide 3 of ${total}`);
  // Slide 3 lists the activities; its notes are the stage's common mistakes.
  await expect(notes.locator('[data-preview="now"]')).toContainText('What the account team does');
  await expect(notes.locator('[data-notes] p')).not.toHaveCount(0);
  await expect(notes.locator('[data-preview="next"]')).toContainText('Whom to involve');

  await notes.keyboard.press('ArrowRight');
  await expect(main).toHaveURL(/#4$/);
  await expect(current(main)).toHaveAttribute('aria-label', `Slide 4 of ${total}`);
  await notes.keyboard.press('Home');
  await expect(main).toHaveURL(/#1$/);
  expect(await cspViolations(main)).toEqual([]);
  expect(await cspViolations(notes)).toEqual([]);
});

for (const locale of ['en', 'zh-cn']) {
  test(`${locale}: the handout prints one slide per page`, async ({ page }) => {
    await page.goto(`/${locale}/present/identifying/`);
    const slides = await slideCount(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    // Every slide but the closing one ("End of the slides", links only) gets a page.
    expect(pages).toBe(slides - 1);
  });

  test(`${locale}: presenter pages are accessible, in the main and the presenter window`, async ({ page }) => {
    await page.goto(`/${locale}/present/validating/`);
    await expectAccessible(page);
    await page.keyboard.press('End');
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/${locale}/present/validating/?notes#4`);
    await expectAccessible(page);
  });
}

test("presenter pages stay out of the learners' navigation and search, and are cached for offline use", async ({
  page,
  request,
}) => {
  await page.goto('/en/');
  await expect(page.locator('header a[href*="/present/"]')).toHaveCount(0);
  await page.goto(DECK);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  const sw = await (await request.get('/sw.js')).text();
  for (const locale of ['en', 'zh-cn']) expect(sw).toContain(`/${locale}/present/identifying/`);
  await page.goto('/en/workshop/');
  await page.getByRole('link', { name: 'Stage 2: Identifying' }).click();
  await expect(page).toHaveURL(/\/en\/present\/identifying\/#1$/);
});
