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
  const data = parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'practice', locale, `${id}.yaml`), 'utf8'),
  );
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

test('Make it verifiable: choosing and ordering by keyboard, wrong answers named with links, kept after reload', async ({
  page,
}) => {
  const data = practice('en', 'conditionally-agreeing-conditions');
  await page.goto('/en/practice/conditionally-agreeing-conditions/');
  await waitForIslands(page);
  // Every rewrite right except the first, which gets a wrong option.
  for (const [index, item] of data.items.entries()) {
    const option =
      index === 0
        ? item.options.find((o: { correct: boolean }) => !o.correct)
        : item.options.find((o: { correct: boolean }) => o.correct);
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
  await expect(result.getByRole('link', { name: data.items[0].vague })).toHaveAttribute(
    'href',
    `#conditionally-agreeing-conditions-item-${data.items[0].id}`,
  );
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
  let scene = byId.get(data.start) as {
    id: string;
    text: string;
    choices: { text: string; next: string; quality: string }[];
  };
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
  await expect(page.getByTestId('practice-list').locator('[data-exercise-status="closing-negotiation"]')).toContainText(
    'Done',
  );
  await page.goto('/en/progress/');
  await expect(page.getByText('Exercises done: 1 of 2').first()).toBeVisible();
});

for (const locale of ['en', 'zh-cn']) {
  test(`axe: practice pages and the exercises index (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const id of ['noticing-outcome-account-review', 'implementing-success-measures', 'identifying-cra-call']) {
      await page.goto(`/${locale}/practice/${id}/`);
      await waitForIslands(page);
      await expectAccessible(page);
    }
    await page.goto(`/${locale}/exercises/`);
    await expectAccessible(page);
  });
}

/* ---------- Role exercise feedback (issue 15) ---------- */

interface CaseContact {
  id: string;
  name: string;
  answer: { roles: string[]; stance: string; move: string };
}
const caseContacts = (id: string): CaseContact[] =>
  parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'cases', 'en', `${id}.yaml`), 'utf8')).contacts;
const roleLabel: Record<string, string> = {
  'key-decision-leader': 'Key decision leader',
  'benefit-owner': 'Benefit owner',
  evaluator: 'Evaluator',
  approver: 'Approver',
  influencer: 'Influencer',
  sponsor: 'Sponsor',
  none: 'Not in the buying decision unit',
};
const stanceLabel: Record<string, string> = { supporter: 'Supporter', neutral: 'Neutral', opponent: 'Opponent' };

/** Answers every contact right, except the stance of the first two (set wrong on purpose). */
async function answerWithTwoWrong(page: Page, contacts: CaseContact[]) {
  for (const [i, c] of contacts.entries()) {
    const card = page.locator(`#contact-${c.id}`);
    for (const role of c.answer.roles) await press(page, card.getByRole('checkbox', { name: roleLabel[role]! }));
    const stance = i < 2 ? Object.keys(stanceLabel).find((s) => s !== c.answer.stance)! : c.answer.stance;
    await press(page, card.getByRole('radio', { name: stanceLabel[stance]! }));
    await card.getByRole('combobox').selectOption(c.answer.move);
  }
}

for (const width of [390, 1280]) {
  test(`role exercise: the result panel is in view with focus after "Check answers" by keyboard (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    const contacts = caseContacts('loudest-voice');
    await page.goto('/en/exercises/loudest-voice/');
    await waitForIslands(page);
    await answerWithTwoWrong(page, contacts);
    await press(page, page.getByRole('button', { name: 'Check answers' }), 'Enter');
    const panel = page.getByTestId('exercise-result-panel');
    await expect(panel).toBeFocused();
    await expect(panel).toBeInViewport();
    await expect(panel).toContainText('2 contacts need another look');
    await expect(panel.getByRole('link', { name: contacts[0]!.name })).toHaveAttribute(
      'href',
      `#contact-${contacts[0]!.id}`,
    );
    // Right and wrong feedback differ in words and icon, not only colour.
    await expect(page.locator(`#contact-${contacts[0]!.id} .contact-verdict`)).toContainText('Needs another look');
    await expect(page.locator(`#contact-${contacts[2]!.id} .contact-verdict`)).toContainText(
      'All right for this contact',
    );
  });
}

test('role exercise: "Try again" keeps the right answers and clears only the wrong ones', async ({ page }) => {
  const contacts = caseContacts('loudest-voice');
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  await answerWithTwoWrong(page, contacts);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.getByTestId('exercise-result-panel').getByRole('button', { name: 'Try again' }).click();
  const first = page.locator(`#contact-${contacts[0]!.id}`);
  for (const role of contacts[0]!.answer.roles)
    await expect(first.getByRole('checkbox', { name: roleLabel[role]! })).toBeChecked();
  for (const label of Object.values(stanceLabel))
    await expect(first.getByRole('radio', { name: label })).not.toBeChecked();
  await expect(first.getByRole('combobox')).toHaveValue(contacts[0]!.answer.move);
  await expect(
    page.locator(`#contact-${contacts[2]!.id}`).getByRole('radio', { name: stanceLabel[contacts[2]!.answer.stance]! }),
  ).toBeChecked();
  await expect(page.getByText(`${contacts.length - 2} of ${contacts.length} contacts answered`)).toBeVisible();
  await page.reload();
  await waitForIslands(page);
  await expect(first.getByRole('combobox')).toHaveValue(contacts[0]!.answer.move);
});

/* ---------- Review ---------- */

test('review: a missed check question is scheduled, shows as due, and leaves the queue once rated', async ({
  page,
}) => {
  const pool = parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'checks', 'en', 'noticing.yaml'), 'utf8'),
  );
  await page.goto('/en/checks/noticing/');
  await waitForIslands(page);
  // Submitting with nothing answered misses every question.
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByTestId('quiz-result')).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ssm:v1:review:')));
  expect(stored.sort()).toEqual(pool.questions.map((q: { id: string }) => `ssm:v1:review:q-${q.id}`).sort());

  await page.goto('/en/progress/');
  // Every missed question plus today's five new cards.
  await expect(page.getByTestId('progress-review-due')).toContainText(
    `${pool.questions.length + 5} cards due for review`,
  );

  await page.goto('/en/review/');
  await waitForIslands(page);
  const card = page.getByTestId('review-card');
  const first = await card.getAttribute('data-card');
  expect(first).toMatch(/^q-/);
  await expect(card.getByRole('heading')).toHaveText(
    pool.questions.find((q: { id: string }) => `q-${q.id}` === first).prompt.trim(),
  );
  await press(page, page.getByRole('button', { name: 'Show the answer' }), 'Enter');
  await press(page, page.getByRole('button', { name: 'Good' }), 'Enter');
  await expect(card).not.toHaveAttribute('data-card', first!);
  await expect(page.getByTestId('review-due')).toContainText(`${pool.questions.length + 5 - 1} cards due`);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('review-due')).toContainText(`${pool.questions.length + 5 - 1} cards due`);
  const record = await page.evaluate((id) => JSON.parse(localStorage.getItem(`ssm:v1:review:${id}`)!), first);
  expect(Date.parse(record.due)).toBeGreaterThan(Date.now());
  expect(record.reps).toBe(1);
});

for (const locale of ['en', 'zh-cn']) {
  test(`axe: the review page and the progress page (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${locale}/review/`);
    await waitForIslands(page);
    await expectAccessible(page);
    await page.getByTestId('review-card').getByRole('button').click();
    await expectAccessible(page);
    await page.goto(`/${locale}/progress/`);
    await waitForIslands(page);
    await expectAccessible(page);
  });
}

/* ---------- Worked examples ---------- */

const sheets = ['account-plan', 'opportunity-assessment', 'cra-planner', 'unique-value', 'buying-unit-map'];
for (const locale of ['en', 'zh-cn']) {
  test(`worked examples are on every worksheet page without JavaScript (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    for (const sheet of sheets) {
      await page.goto(`/${locale}/worksheets/${sheet}/`);
      await expect(page.getByTestId(`worked-${sheet}`)).toBeVisible();
    }
    await expect(page.getByTestId('worked-sponsor-letter')).toHaveCount(0);
    await page.goto(`/${locale}/worksheets/unique-value/`);
    await expect(page.getByTestId('worked-sponsor-letter')).toBeVisible();
    await page.goto(`/${locale}/worksheets/opportunity-assessment/`);
    await expect(page.getByTestId('worked-opportunity-assessment').locator('.mark-no')).toHaveCount(1);
    await context.close();
  });
}

test('axe: a worksheet page with its worked example (zh-cn, 390 px)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-cn/worksheets/opportunity-assessment/');
  await waitForIslands(page);
  await expectAccessible(page);
});

test('printed, practice handouts show every choice with a box instead of buttons', async ({ page }) => {
  // Ordering: no move buttons on paper, a box per step to write its place in.
  const data = practice('en', 'conditionally-agreeing-conditions');
  await page.goto('/en/practice/conditionally-agreeing-conditions/');
  await waitForIslands(page);
  const steps = page.locator('.order-item');
  await expect(steps).toHaveCount(data.sequence.steps.length);
  await expect(page.locator('.order-item .print-write-box').first()).toBeHidden();
  await expect(page.getByRole('button', { name: /^Move (up|down):/ })).toHaveCount(2 * data.sequence.steps.length);
  await page.emulateMedia({ media: 'print' });
  const moveButtons = page.locator('.order-controls button');
  await expect(moveButtons).toHaveCount(2 * data.sequence.steps.length);
  for (const button of await moveButtons.all()) await expect(button).toBeHidden();
  await expect(page.locator('.order-item .print-write-box:visible')).toHaveCount(data.sequence.steps.length);
  await expect(page.locator('.sequence .print-hint')).toBeVisible();
  await expect(page.getByText('Your answers are saved in this browser')).toBeHidden();

  // Branching: the choices of the current turn as tick boxes, as many as there are buttons.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/en/practice/closing-negotiation/');
  await waitForIslands(page);
  const buttons = await page.locator('.branch-choices button').allTextContents();
  expect(buttons.length).toBeGreaterThan(1);
  await expect(page.getByTestId('print-choices')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-choices')).toBeVisible();
  await expect(page.getByTestId('print-choices').locator('li')).toHaveText(buttons.map((b) => b.trim()));
  await expect(page.locator('.branch-choices button').first()).toBeHidden();
});
