// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import Quiz from '../../src/islands/checks/Quiz';
import CheckStatus from '../../src/islands/checks/CheckStatus';
import { quizKeys, statusKeys, type QuizStrings } from '../../src/islands/checks/strings';
import { checkContentHash, type QuizQuestion } from '../../src/lib/quiz';
import { $checks, checkStore, clearAllRecords, recordCheckAttempt } from '../../src/stores/learner';
import { stageSlugs } from '../../src/lib/vocabulary';

const strings = Object.fromEntries(quizKeys.map((k) => [k, en[k]])) as QuizStrings;
const load = (slug: string): QuizQuestion[] =>
  parse(readFileSync(join(import.meta.dirname, '../../content/checks/en', `${slug}.yaml`), 'utf8')).questions;
const noticing = load('noticing');
const hash = checkContentHash(noticing);

const questionCard = (q: QuizQuestion) => document.getElementById(`q-${q.id}`)!;

/** Answers one question correctly, through its labelled controls only. */
async function answerCorrectly(user: ReturnType<typeof userEvent.setup>, q: QuizQuestion) {
  const card = within(questionCard(q));
  switch (q.type) {
    case 'single':
      await user.click(card.getByRole('radio', { name: q.options.find((o) => o.correct)!.text.trim() }));
      break;
    case 'multiple':
      for (const o of q.options.filter((o) => o.correct))
        await user.click(card.getByRole('checkbox', { name: o.text.trim() }));
      break;
    case 'order':
      for (const [index, item] of q.items.entries()) {
        await user.selectOptions(card.getByRole('combobox', { name: `Position: ${item.text}` }), String(index + 1));
      }
      break;
    case 'match':
      for (const p of q.pairs) {
        const select = card.getByRole('combobox', { name: p.term });
        const option = within(select)
          .getAllByRole('option')
          .find((o) => o.textContent?.endsWith(p.definition.trim()))!;
        await user.selectOptions(select, option);
      }
      break;
  }
}

beforeEach(() => {
  clearAllRecords();
});

describe('stage quiz', () => {
  it('renders every question with its hint, shuffled, and counts unanswered questions', () => {
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    expect(screen.getAllByRole('group')).toHaveLength(noticing.length);
    expect(screen.getByText('Question 1 of 10')).toBeInTheDocument();
    expect(screen.getAllByText('Select all that apply.').length).toBeGreaterThan(0);
    expect(screen.getByTestId('unanswered')).toHaveTextContent('10 of 10 questions are unanswered');
    const order = noticing.find((q) => q.type === 'order')!;
    const shown = within(questionCard(order))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.order-text')?.textContent);
    expect(shown).not.toEqual(order.items.map((i) => i.text));
  });

  it('scores a fully correct attempt 100%, passes, and stores the attempt', async () => {
    const user = userEvent.setup();
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    for (const q of noticing) await answerCorrectly(user, q);
    expect(screen.getByTestId('unanswered')).toHaveTextContent('All 10 questions are answered.');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    const result = screen.getByTestId('quiz-result');
    expect(result).toHaveTextContent('Score: 100%');
    expect(result).toHaveTextContent('Passed: 100% reaches the pass mark of 80%.');
    expect(result).toHaveFocus();
    for (const q of noticing) expect(questionCard(q)).toHaveAttribute('data-verdict', 'right');
    expect($checks.get()['noticing']).toMatchObject({
      contentHash: hash,
      attempts: 1,
      best: 100,
      last: 100,
      passed: true,
    });
    expect(within(result).getByTestId('check-status-noticing')).toHaveTextContent('Best score: 100%');
    expect(screen.queryByRole('button', { name: 'Check answers' })).not.toBeInTheDocument();
  });

  it('explains every option of a wrongly answered question and counts unanswered ones as wrong', async () => {
    const user = userEvent.setup();
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    const single = noticing[0]!;
    if (single.type !== 'single') throw new Error('fixture: first noticing question should be single choice');
    const wrong = single.options.find((o) => !o.correct)!;
    await user.click(within(questionCard(single)).getByRole('radio', { name: wrong.text.trim() }));
    expect(screen.getByTestId('unanswered')).toHaveTextContent('9 of 10');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    const card = within(questionCard(single));
    expect(card.getByText('Wrong')).toBeInTheDocument();
    expect(card.getByText('Your choice: wrong')).toBeInTheDocument();
    expect(card.getByText('The right answer')).toBeInTheDocument();
    for (const o of single.options) expect(card.getByText(o.explanation.trim())).toBeInTheDocument();
    for (const radio of card.getAllByRole('radio')) expect(radio).toBeDisabled();

    const match = noticing.find((q) => q.type === 'match')!;
    expect(within(questionCard(match)).getByText('Not answered, counts as wrong')).toBeInTheDocument();
    if (match.type === 'match')
      for (const p of match.pairs)
        expect(within(questionCard(match)).getByText(p.explanation.trim())).toBeInTheDocument();
    const order = noticing.find((q) => q.type === 'order')!;
    expect(within(questionCard(order)).getByText('The correct order')).toBeInTheDocument();

    expect(screen.getByTestId('quiz-result')).toHaveTextContent('Score: 0%');
    expect(screen.getByTestId('quiz-result')).toHaveTextContent('Not passed yet');
    expect($checks.get()['noticing']).toMatchObject({ attempts: 1, best: 0, passed: false });
  });

  it('gives partial credit and shows it', async () => {
    const user = userEvent.setup();
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    const multiple = noticing.find((q) => q.type === 'multiple')!;
    if (multiple.type !== 'multiple') throw new Error('fixture');
    const correct = multiple.options.filter((o) => o.correct);
    await user.click(within(questionCard(multiple)).getByRole('checkbox', { name: correct[0]!.text.trim() }));
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    const card = within(questionCard(multiple));
    expect(card.getByText(`Partly right: ${Math.round(100 / correct.length)}%`)).toBeInTheDocument();
    expect(card.getAllByText('Applies, but not selected')).toHaveLength(correct.length - 1);
  });

  it('moves order items with buttons and announces each move', async () => {
    const user = userEvent.setup();
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    const order = noticing.find((q) => q.type === 'order')!;
    const card = within(questionCard(order));
    const texts = () => card.getAllByRole('listitem').map((li) => li.querySelector('.order-text')?.textContent);
    const before = texts();
    await user.click(card.getByRole('button', { name: `Move down: ${before[0]}` }));
    expect(texts()).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(questionCard(order).querySelector('[aria-live="polite"]')).toHaveTextContent(
      `“${before[0]}” is now at position 2 of ${before.length}.`,
    );
    await user.click(card.getByRole('button', { name: `Move up: ${before[1]}` }));
    expect(questionCard(order).querySelector('[aria-live="polite"]')).toHaveTextContent(
      `“${before[1]}” is already first.`,
    );
    expect(texts()).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(screen.getByTestId('unanswered')).toHaveTextContent('9 of 10');
  });

  it('starts a fresh attempt on "Try again" and keeps the best score', async () => {
    const user = userEvent.setup();
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    for (const q of noticing) await answerCorrectly(user, q);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    const firstSeed = screen.getByTestId('quiz').dataset['seed'];
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByTestId('quiz').dataset['seed']).not.toBe(firstSeed);
    expect(screen.queryByTestId('quiz-result')).not.toBeInTheDocument();
    expect(screen.getByTestId('unanswered')).toHaveTextContent('10 of 10');
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect($checks.get()['noticing']).toMatchObject({ attempts: 2, best: 100, last: 0, passed: true });
  });

  it('tells the learner when the check changed since the last attempt', async () => {
    act(() => recordCheckAttempt('noticing', 'old00000', 90, 80));
    render(<Quiz checkId="noticing" contentHash={hash} questions={noticing} strings={strings} />);
    expect(await screen.findByText(en['checks.changed'])).toBeInTheDocument();
    expect(screen.getByTestId('check-status-noticing')).toHaveTextContent('Best score: 90%');
  });
});

describe('final assessment', () => {
  const all = stageSlugs.flatMap((slug) => load(slug).map((q) => ({ q, slug })));
  const pools = stageSlugs.map((stage) => ({ stage, ids: all.filter((x) => x.slug === stage).map((x) => x.q.id) }));
  const labels = Object.fromEntries(all.map(({ q, slug }) => [q.id, `Stage ${stageSlugs.indexOf(slug) + 1}`]));
  const questions = all.map((x) => x.q);

  it('draws 25 questions on start, at least 3 per stage, and a new draw on retry', async () => {
    const user = userEvent.setup();
    render(<Quiz checkId="final" contentHash="f1" questions={questions} final={{ pools, labels }} strings={strings} />);
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
    const drawn = () =>
      [...document.querySelectorAll<HTMLElement>('[data-question-id]')].map((el) => el.dataset['questionId']!);
    const first = drawn();
    expect(first).toHaveLength(25);
    expect(new Set(first).size).toBe(25);
    for (let n = 1; n <= 7; n++)
      expect(first.filter((id) => labels[id] === `Stage ${n}`).length).toBeGreaterThanOrEqual(3);
    expect(screen.getAllByText('Stage 1').length).toBeGreaterThanOrEqual(3);

    // Answering does not change the draw.
    await user.click(screen.getAllByRole('radio')[0]!);
    expect(drawn()).toEqual(first);

    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(checkStore.$records.get()['final']).toMatchObject({ attempts: 1, contentHash: 'f1' });
    await user.click(screen.getByRole('button', { name: 'Try again with new questions' }));
    expect(drawn()).toHaveLength(25);
    expect(drawn()).not.toEqual(first);
  });
});

describe('check status', () => {
  const status = Object.fromEntries(statusKeys.map((k) => [k, en[k]])) as Record<(typeof statusKeys)[number], string>;
  it('shows "not attempted", then best, passed and attempts', () => {
    render(<CheckStatus checkId="closing" contentHash="h" strings={status} />);
    expect(screen.getByText('Not attempted yet')).toBeInTheDocument();
    act(() => recordCheckAttempt('closing', 'h', 85, 80));
    act(() => recordCheckAttempt('closing', 'h', 60, 80));
    const line = screen.getByTestId('check-status-closing');
    expect(line).toHaveTextContent('Passed');
    expect(line).toHaveTextContent('Best score: 85%');
    expect(line).toHaveTextContent('Attempts: 2');
    expect(screen.queryByText(en['checks.changed'])).not.toBeInTheDocument();
  });
});
