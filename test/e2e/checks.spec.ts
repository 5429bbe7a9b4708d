import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible, expect, test, waitForIslands } from './fixtures';

interface Option {
  id: string;
  text: string;
  correct?: boolean;
}
type Question =
  | { id: string; type: 'single'; options: Option[] }
  | { id: string; type: 'multiple'; options: Option[] }
  | { id: string; type: 'order'; items: { id: string; text: string }[] }
  | { id: string; type: 'match'; pairs: { id: string; term: string; definition: string }[] };
const pool = (locale: string, slug: string) =>
  (parse(readFileSync(`content/checks/${locale}/${slug}.yaml`, 'utf8')) as { questions: Question[] }).questions;

/** Presses a key `n` times (negative: the opposite key). */
async function press(page: Page, up: string, down: string, n: number) {
  for (let i = 0; i < Math.abs(n); i++) await page.keyboard.press(n < 0 ? up : down);
}

/** Focuses a native select and moves its value with the arrow keys to the option at `target`. */
async function chooseByKeyboard(page: Page, select: Locator, target: number) {
  await select.focus();
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  await press(page, 'ArrowUp', 'ArrowDown', target - current);
}

/** Answers one question correctly with the keyboard, finding controls by role and name. */
async function answerCorrectly(page: Page, q: Question) {
  const card = page.locator(`#q-${q.id}`);
  if (q.type === 'single' || q.type === 'multiple') {
    for (const o of q.options.filter((o) => o.correct)) {
      const control = card.getByRole(q.type === 'single' ? 'radio' : 'checkbox', { name: o.text.trim(), exact: true });
      await control.focus();
      await page.keyboard.press('Space');
      await expect(control).toBeChecked();
    }
  } else if (q.type === 'order') {
    for (const [index, item] of q.items.entries()) {
      const select = card.getByRole('combobox', { name: `Position: ${item.text.trim()}` });
      await chooseByKeyboard(page, select, index);
      // The item moved with its select, and focus stayed on it.
      await expect(select).toBeFocused();
      await expect(select).toHaveValue(String(index + 1));
    }
  } else {
    for (const p of q.pairs) {
      const select = card.getByRole('combobox', { name: p.term.trim(), exact: true });
      const labels = await select.locator('option').allTextContents();
      await chooseByKeyboard(
        page,
        select,
        labels.findIndex((l) => l.endsWith(p.definition.trim())),
      );
      await expect(select).toHaveValue(p.id);
    }
  }
}

async function passNoticing(page: Page) {
  await page.goto('/en/checks/noticing/');
  await waitForIslands(page);
  for (const q of pool('en', 'noticing')) await answerCorrectly(page, q);
  await expect(page.getByTestId('unanswered')).toHaveText('All 10 questions are answered.');
  await page.getByRole('button', { name: 'Check answers' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByTestId('quiz-result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('Score: 100%');
  await expect(result).toContainText('Passed');
}

test('a stage check can be passed by keyboard; the best score survives a reload and shows on the index', async ({
  page,
}) => {
  await passNoticing(page);
  for (const q of pool('en', 'noticing'))
    await expect(page.locator(`#q-${q.id}`)).toHaveAttribute('data-verdict', 'right');
  await expect(page.getByTestId('check-status-noticing')).toContainText('Best score: 100%');

  await page.reload();
  await waitForIslands(page);
  const status = page.getByTestId('check-status-noticing');
  await expect(status).toContainText('Passed');
  await expect(status).toContainText('Best score: 100%');
  await expect(status).toContainText('Attempts: 1');
  // A fresh attempt: nothing checked, no result.
  await expect(page.getByTestId('quiz-result')).toHaveCount(0);
  await expect(page.getByTestId('unanswered')).toContainText('10 of 10');

  await page.goto('/en/checks/');
  await waitForIslands(page);
  await expect(page.getByTestId('check-card-noticing').getByTestId('check-status-noticing')).toContainText(
    'Best score: 100%',
  );
  await expect(page.getByTestId('check-status-identifying')).toHaveText('Not attempted yet');
});

test('the progress dashboard shows the best check score of a stage', async ({ page }) => {
  await passNoticing(page);
  await page.goto('/en/progress/');
  await waitForIslands(page);
  await expect(page.getByTestId('stage-progress-noticing')).toContainText('100%');
});

test('wrong answers get per-option explanations, a failing score and a fresh try', async ({ page }) => {
  await page.goto('/en/checks/noticing/');
  await waitForIslands(page);
  const [first] = pool('en', 'noticing');
  if (first?.type !== 'single') throw new Error('fixture: first noticing question should be single choice');
  const wrong = first.options.find((o) => !o.correct)!;
  const card = page.locator(`#q-${first.id}`);
  await card.getByRole('radio', { name: wrong.text.trim(), exact: true }).check();
  await expect(page.getByTestId('unanswered')).toContainText('9 of 10 questions are unanswered');
  await page.getByRole('button', { name: 'Check answers' }).click();

  await expect(card.locator('.verdict')).toHaveText(/Wrong/);
  const verdicts = card.locator('.option-verdict');
  await expect(verdicts.filter({ hasText: /^\W*Your choice: wrong$/ })).toHaveCount(1);
  await expect(verdicts.filter({ hasText: /^\W*The right answer$/ })).toHaveCount(1);
  await expect(verdicts.filter({ hasText: /^\W*Not the right answer$/ })).toHaveCount(first.options.length - 2);
  await expect(card.locator('.option-feedback')).toHaveCount(first.options.length);
  await expect(page.getByTestId('quiz-result')).toContainText('Score: 0%');
  await expect(page.getByTestId('quiz-result')).toContainText('Not passed yet');

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('quiz-result')).toHaveCount(0);
  await expect(card.getByRole('radio', { name: wrong.text.trim(), exact: true })).not.toBeChecked();
  await expect(page.getByTestId('check-status-noticing')).toContainText('Attempts: 1');
});

test('order items move with the buttons, keep focus and announce the move', async ({ page }) => {
  await page.goto('/en/checks/noticing/');
  await waitForIslands(page);
  const order = pool('en', 'noticing').find((q) => q.type === 'order')!;
  const card = page.locator(`#q-${order.id}`);
  const texts = () => card.locator('.order-text').allTextContents();
  const before = await texts();
  const down = card.getByRole('button', { name: `Move down: ${before[0]}` });
  await down.focus();
  await page.keyboard.press('Enter');
  expect(await texts()).toEqual([before[1], before[0], ...before.slice(2)]);
  await expect(down).toBeFocused();
  await expect(card.locator('[aria-live="polite"]')).toHaveText(
    `“${before[0]}” is now at position 2 of ${before.length}.`,
  );
});

test('the final assessment draws 25 questions, keeps them while answering, and draws anew on retry', async ({
  page,
}) => {
  await page.goto('/en/checks/final/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const ids = () =>
    page.locator('[data-question-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['questionId']!));
  const first = await ids();
  expect(first).toHaveLength(25);
  expect(new Set(first).size).toBe(25);
  await expect(page.getByText('Question 1 of 25')).toBeVisible();
  await page.getByRole('radio').first().check();
  expect(await ids()).toEqual(first);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByTestId('quiz-result')).toContainText('Score:');
  await page.getByRole('button', { name: 'Try again with new questions' }).click();
  const second = await ids();
  expect(second).toHaveLength(25);
  expect(second).not.toEqual(first);
  await expect(page.getByTestId('check-status-final')).toContainText('Attempts: 1');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a check page still shows every question and says checking needs JavaScript', async ({ page, request }) => {
    await page.goto('/zh-cn/checks/validating/');
    await expect(page.locator('[data-question-id]')).toHaveCount(pool('zh-cn', 'validating').length);
    await expect(page.getByRole('button', { name: '核对答案' })).toBeDisabled();
    // Chromium with scripting switched off by the test driver does not render <noscript>; read the HTML.
    const html = await (await request.get('/zh-cn/checks/validating/')).text();
    expect(html).toMatch(/<noscript>.*核对答案需要启用 JavaScript.*<\/noscript>/s);
  });
});

test.describe('accessibility', () => {
  for (const [locale, slug, check] of [
    ['en', 'noticing', 'Check answers'],
    ['zh-cn', 'identifying', '核对答案'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds nothing on /${locale}/checks/${slug}/ before and after checking (${scheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${locale}/checks/${slug}/`);
        await waitForIslands(page);
        await expectAccessible(page);
        // A mix of right, wrong and unanswered, so every kind of feedback is on the page.
        const questions = pool(locale, slug);
        for (const q of questions.slice(0, 3)) await answerCorrectly(page, q);
        const multiple = questions.find((q) => q.type === 'multiple')!;
        if (multiple.type === 'multiple')
          await page
            .locator(`#q-${multiple.id}`)
            .getByRole('checkbox', { name: multiple.options.find((o) => !o.correct)!.text.trim(), exact: true })
            .check();
        await page.getByRole('button', { name: check }).click();
        await expect(page.getByTestId('quiz-result')).toBeVisible();
        await expectAccessible(page);
      });
    }
  }
  for (const path of ['/en/checks/', '/zh-cn/checks/', '/zh-cn/checks/final/']) {
    test(`axe finds nothing on ${path}`, async ({ page }) => {
      await page.goto(path);
      await waitForIslands(page);
      await expectAccessible(page);
    });
  }
});
