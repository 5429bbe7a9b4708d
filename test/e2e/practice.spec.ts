/**
 * Practice exercises (outcome reached?, make it verifiable, branching conversation), done
 * by keyboard only and kept after a reload; the review queue; axe on the new pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForIslands } from './fixtures';

const practice = (locale: string, id: string) => {
  const data = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'practice', locale, `${id}.yaml`), 'utf8'));
  // Endings may leave out `choices` (the schema's default is none).
  for (const scene of data.scenes ?? []) scene.choices ??= [];
  return data;
};
const stageEvidence = (locale: string, file: string): string[] => {
  const raw = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'stages', locale, file), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(raw)![1]!).evidence.map((e: string) => e.replace(/\s+/g, ' ').trim());
};

/** Focus a control and press a key: no pointer involved. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Space') {
  await locator.focus();
  await page.keyboard.press(key);
}

test('Outcome reached? done by keyboard, scored, and kept after reload', async ({ page }) => {
  const data = practice('en', 'validating-outcome-unique-value');
  const evidence = stageEvidence('en', '03-validating.mdx');
  await page.goto('/en/practice/validating-outcome-unique-value/');
  await waitForIslands(page);
  await press(page, page.getByRole('radio', { name: 'Not yet' }));
  for (const e of data.evidence.filter((e: { missing: boolean }) => e.missing)) {
    await press(page, page.getByRole('checkbox', { name: evidence[e.item - 1]! }));
  }
  await press(page, page.getByRole('button', { name: 'Check answers' }), 'Enter');
  const result = page.getByTestId('practice-result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('Score: 100%');
  await expect(result).toContainText('All right');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('practice-result')).toContainText('Score: 100%');
  await expect(page.getByRole('radio', { name: 'Not yet' })).toBeChecked();
});

test('Make it verifiable: choosing and ordering by keyboard, wrong answers named with links, kept after reload', async ({ page }) => {
  const data = practice('en', 'conditionally-agreeing-conditions');
  await page.goto('/en/practice/conditionally-agreeing-conditions/');
  await waitForIslands(page);
  // Every rewrite right except the first, which gets a wrong option.
  for (const [index, item] of data.items.entries()) {
    const option = index === 0 ? item.options.find((o: { correct: boolean }) => !o.correct) : item.options.find((o: { correct: boolean }) => o.correct);
    await press(page, page.getByRole('radio', { name: option.text }));
  }
  // Order the steps: move each correct step up until it is in place.
  const steps: { id: string; text: string }[] = data.sequence.steps;
  for (const [target, step] of steps.entries()) {
    for (let guard = 0; guard < steps.length; guard++) {
      const texts = await page.locator('.order-item .order-text').allTextContents();
      const at = texts.indexOf(step.text);
      if (at <= target) break;
      await press(page, page.getByRole('button', { name: `Move up: ${step.text}` }), 'Enter');
      await expect(page.getByRole('button', { name: `Move up: ${step.text}` })).toBeFocused();
    }
  }
  await press(page, page.getByRole('button', { name: 'Check answers' }), 'Enter');
  const result = page.getByTestId('practice-result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('1 answer needs another look');
  await expect(result.getByRole('link', { name: data.items[0].vague })).toHaveAttribute('href', `#conditionally-agreeing-conditions-item-${data.items[0].id}`);
  const score = Math.round((100 * (data.items.length - 1 + 1)) / (data.items.length + 1));
  await expect(result).toContainText(`Score: ${score}%`);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('practice-result')).toContainText(`Score: ${score}%`);
  await expect(page.locator('.order-item .order-text')).toHaveText(steps.map((s) => s.text));
});

test('Branching conversation: the best path by keyboard ends in a debrief, kept after reload', async ({ page }) => {
  const data = practice('en', 'closing-negotiation');
  const byId = new Map(data.scenes.map((s: { id: string }) => [s.id, s]));
  await page.goto('/en/practice/closing-negotiation/');
  await waitForIslands(page);
  let scene = byId.get(data.start) as { id: string; text: string; choices: { text: string; next: string; quality: string }[] };
  let steps = 0;
  while (scene.choices.length > 0) {
    const best = scene.choices.find((c) => c.quality === 'best')!;
    await press(page, page.getByRole('button', { name: best.text.replace(/^'|'$/g, '') }), 'Enter');
    scene = byId.get(best.next) as typeof scene;
    steps++;
    if (scene.choices.length > 0) await expect(page.getByTestId('branching-current')).toBeFocused();
  }
  const result = page.getByTestId('practice-result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('Score: 100%');
  await expect(result.locator('.debrief > li')).toHaveCount(steps);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('practice-result')).toContainText('Score: 100%');
  // Starting again clears the path.
  await press(page, page.getByRole('button', { name: 'Start the call again' }), 'Enter');
  await expect(page.getByTestId('branching-current')).toBeFocused();
  await expect(page.getByTestId('practice-result')).toHaveCount(0);
});

test('a finished practice exercise counts in its stage progress and shows on the exercises index', async ({ page }) => {
  await page.goto('/en/practice/closing-negotiation/');
  await waitForIslands(page);
  const data = practice('en', 'closing-negotiation');
  const byId = new Map(data.scenes.map((s: { id: string }) => [s.id, s]));
  let scene = byId.get(data.start) as { choices: { text: string; next: string; quality: string }[] };
  while (scene.choices.length > 0) {
    const poor = scene.choices.find((c) => c.quality === 'poor') ?? scene.choices[0]!;
    await page.getByRole('button', { name: poor.text }).click();
    scene = byId.get(poor.next) as typeof scene;
  }
  await page.goto('/en/exercises/');
  await expect(page.getByTestId('practice-list').locator('[data-exercise-status="closing-negotiation"]')).toContainText('Done');
  await page.goto('/en/progress/');
  await expect(page.getByText('Exercises done: 1 of 2').first()).toBeVisible();
});

for (const locale of ['en', 'zh-cn']) {
  test(`axe: practice pages and the exercises index (${locale})`, async ({ page }) => {
    for (const id of ['noticing-outcome-account-review', 'implementing-success-measures', 'identifying-cra-call']) {
      await page.goto(`/${locale}/practice/${id}/`);
      await waitForIslands(page);
      await expectAccessible(page);
    }
    await page.goto(`/${locale}/exercises/`);
    await expectAccessible(page);
  });
}
