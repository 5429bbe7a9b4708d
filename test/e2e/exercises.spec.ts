import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectAccessible, expect, test, waitForIslands } from './fixtures';
import { pdfPageTexts } from './pdf-text';
import type { Page } from '@playwright/test';

interface Contact {
  id: string;
  name: string;
  answer: { roles: string[]; stance: string; move: string };
}
const caseFile = (locale: string, id: string) =>
  parse(readFileSync(`content/cases/${locale}/${id}.yaml`, 'utf8')) as { contacts: Contact[] };

/** Answers one contact with the keyboard only: Space on checkboxes, arrows on radios, keys on the select. */
async function answerByKeyboard(page: Page, contact: Contact, labels: { roles: Record<string, string> }) {
  const card = page.locator('li.contact', { has: page.getByRole('heading', { name: contact.name }) });
  for (const role of contact.answer.roles) {
    await card.getByRole('checkbox', { name: labels.roles[role]! }).focus();
    await page.keyboard.press('Space');
  }
  const stances = ['supporter', 'neutral', 'opponent'];
  await card.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < stances.indexOf(contact.answer.stance); i++) await page.keyboard.press('ArrowRight');
  const select = card.getByRole('combobox');
  await select.focus();
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (let i = 0; i < values.indexOf(contact.answer.move); i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(contact.answer.move);
}

const roleLabels = {
  'key-decision-leader': 'Key decision leader',
  'benefit-owner': 'Benefit owner',
  evaluator: 'Evaluator',
  approver: 'Approver',
  influencer: 'Influencer',
  sponsor: 'Sponsor',
  none: 'Not in the buying decision unit',
};

test('a case can be completed by keyboard only, scores 100, and survives a reload', async ({ page }) => {
  await page.goto('/en/exercises/loudest-voice/');
  await waitForIslands(page);
  const { contacts } = caseFile('en', 'loudest-voice');
  for (const contact of contacts) await answerByKeyboard(page, contact, { roles: roleLabels });
  await page.getByRole('button', { name: 'Check answers' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByTestId('exercise-result');
  await expect(result).toContainText('Score: 100%');
  await expect(result).toContainText('Best score: 100%');
  await expect(page.getByTestId(`feedback-${contacts[0]!.id}`)).toContainText('Right');

  await page.reload();
  await waitForIslands(page);
  await expect(result).toContainText('Best score: 100%');
  await expect(result).toContainText('Attempts: 1');
  const first = contacts[0]!;
  const card = page.locator('li.contact', { has: page.getByRole('heading', { name: first.name }) });
  for (const role of first.answer.roles)
    await expect(card.getByRole('checkbox', { name: roleLabels[role as keyof typeof roleLabels] })).toBeChecked();
  await expect(card.getByRole('combobox')).toHaveValue(first.answer.move);
});

test('wrong and partial answers get feedback per contact; show answer and retry work', async ({ page }) => {
  await page.goto('/en/exercises/formal-signer/');
  await waitForIslands(page);
  const { contacts } = caseFile('en', 'formal-signer');
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByText(`${contacts.length} still open`)).toBeVisible();
  // "Show the answer" asks first, then keeps the learner's (empty) answers beside the expected ones.
  await page.getByRole('button', { name: 'Show the answer' }).first().click();
  await page.getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByTestId('exercise-result-panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the answer' }).first().click();
  await page.getByRole('button', { name: 'Yes, show the answers' }).click();
  await expect(page.getByTestId('exercise-result-panel')).toContainText('Score: 0%');
  await expect(page.getByTestId(`compare-${contacts[0]!.id}`)).toContainText('(none)');
  await expect(page.getByTestId('exercise-result')).toContainText('You looked at the answer');
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await expect(page.getByText(`0 of ${contacts.length} contacts answered`)).toBeVisible();
});

test('the exercises index lists every case and each stage page links its exercises', async ({ page }) => {
  await page.goto('/en/exercises/');
  await expect(page.getByTestId('exercise-list').locator('li')).toHaveCount(7);
  await page.goto('/en/stages/validating/');
  // 3 role cases, 1 practice exercise, the check and 3 worksheets (opportunity assessment, unique value, buying unit map).
  await expect(page.getByTestId('stage-practice').getByRole('link')).toHaveCount(8);
});

test('an exercise done in English shows as answered in Chinese', async ({ page }) => {
  await page.goto('/en/exercises/door-opener/');
  await waitForIslands(page);
  // "Show the answer" keeps the learner's own answers now, so answer one contact for real.
  const first = caseFile('en', 'door-opener').contacts[0]!;
  await answerByKeyboard(page, first, { roles: roleLabels });
  await page.goto('/zh-cn/exercises/door-opener/');
  await waitForIslands(page);
  const { contacts } = caseFile('zh-cn', 'door-opener');
  await expect(page.getByText(`已完成 1/${contacts.length} 位联系人`)).toBeVisible();
});

for (const path of ['/en/exercises/', '/en/exercises/outside-consultant/', '/zh-cn/exercises/jade-river-dairy/']) {
  test(`axe finds no violations on ${path}, before and after checking`, async ({ page }) => {
    await page.goto(path);
    await waitForIslands(page);
    await expectAccessible(page);
    const reveal = page.getByRole('button', { name: /Show the answer|查看答案/ });
    if (await reveal.count()) {
      await reveal.click();
      await expectAccessible(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectAccessible(page);
    }
  });
}

test('printed, an exercise handout lists every move option as a tick box instead of the dropdown', async ({ page }) => {
  await page.goto('/en/exercises/jade-river-dairy/');
  await waitForIslands(page);
  const { contacts } = caseFile('en', 'jade-river-dairy');
  const first = contacts[0]!;
  const card = (c: Contact) => page.locator('li.contact', { has: page.getByRole('heading', { name: c.name }) });
  await card(first).getByRole('combobox').selectOption(first.answer.move);
  // On screen: the dropdown's options (less its "Choose a move…" prompt), and no tick boxes.
  await expect(page.getByTestId(`print-moves-${first.id}`)).toBeHidden();
  const options = await card(first)
    .getByRole('combobox')
    .locator('option:not([value=""])')
    .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent!.trim() })));
  const labels = options.map((o) => o.label);
  expect(labels.length).toBeGreaterThan(1);

  await page.emulateMedia({ media: 'print' });
  for (const contact of contacts) {
    const printed = page.getByTestId(`print-moves-${contact.id}`);
    await expect(card(contact).getByRole('combobox')).toBeHidden();
    await expect(printed).toBeVisible();
    await expect(printed.locator('li')).toHaveText(labels);
    await expect(printed.locator('li[data-chosen]')).toHaveCount(contact.id === first.id ? 1 : 0);
  }
  const chosen = options.find((o) => o.value === first.answer.move)!.label;
  await expect(page.getByTestId(`print-moves-${first.id}`).locator('li[data-chosen]')).toHaveText(chosen);
  await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
  // On paper, too: every option of every contact is in the PDF's text (compared without spaces,
  // which PDF text puts around ligatures and line breaks).
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const text = squeeze((await pdfPageTexts(await page.pdf({ format: 'A4' }))).join(' '));
  for (const label of labels) expect(text.split(squeeze(label)).length - 1, label).toBe(contacts.length);
  expect(text).not.toContain(squeeze('Choose a move'));
});
