// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/i18n/en.json';
import OpportunityAssessment, { assessmentKeys } from '../../src/islands/worksheets/OpportunityAssessment';
import type { QuestionContent, WarningContent } from '../../src/islands/worksheets/assessment-types';
import { worksheetHashes } from '../../src/lib/worksheet-catalogue';
import { sheetRecordId } from '../../src/lib/worksheet-records';
import { $opportunities, $worksheets, clearAllRecords, saveWorksheet } from '../../src/stores/learner';
import { $chosenOpportunity, chooseOpportunity, createOpportunity } from '../../src/stores/opportunities';

const sheet = parse(
  readFileSync(join(import.meta.dirname, '../../content/worksheets/en/opportunity-assessment.yaml'), 'utf8'),
) as {
  questions: QuestionContent[];
  stageWarnings: WarningContent[];
};
const hash = worksheetHashes.assessment(sheet);
const t = Object.fromEntries(assessmentKeys.map((k) => [k, en[k]])) as Parameters<typeof OpportunityAssessment>[0]['t'];
const stages = [
  'Noticing',
  'Identifying',
  'Validating',
  'Qualifying',
  'Conditionally agreeing',
  'Won',
  'Implementing',
].map((title, i) => ({ n: i + 1, title }));
const criteria = sheet.questions.flatMap((q) => q.criteria);
const textOf = (id: string) => criteria.find((c) => c.id === id)!.text;

function renderSheet() {
  return render(
    <OpportunityAssessment
      sheetId="opportunity-assessment"
      contentHash={hash}
      lang="en"
      questions={sheet.questions}
      warnings={sheet.stageWarnings}
      stages={stages}
      t={t}
    />,
  );
}
/** The radio of one criterion (jsdom's name computation drops the space in "? unknown"). */
const radio = (criterion: string, name: 'Yes' | 'No' | '? unknown') =>
  within(screen.getByTestId(`criterion-${criterion}`)).getByRole('radio', {
    name: name === '? unknown' ? /^\?\s*unknown$/ : name,
  });
/** The assessment of the opportunity chosen at the top. */
const stored = () => $worksheets.get()[sheetRecordId('opportunity-assessment', $chosenOpportunity.get())];

beforeEach(() => {
  clearAllRecords();
  $chosenOpportunity.set(null);
});
afterEach(() => vi.restoreAllMocks());

describe('opportunity assessment island', () => {
  it('renders the four key questions with every criterion as a Yes / No / ? group', () => {
    renderSheet();
    expect(screen.getAllByRole('heading', { level: 2, name: /Key question \d/ })).toHaveLength(4);
    for (const c of criteria) {
      const group = screen.getByTestId(`criterion-${c.id}`);
      expect(within(group).getByText(c.text, { selector: 'legend' })).toBeInTheDocument();
      expect(within(group).getAllByRole('radio')).toHaveLength(3);
    }
    expect(screen.getByTestId('guidance')).toHaveTextContent('Strengthen first');
    expect(
      within(screen.getByRole('complementary')).getByText('20 of 20 criteria not answered yet; they count as ?.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('saved-status')).toHaveTextContent('Your answers are saved in this browser as you type.');
  });

  it('updates the summary live and stores every answer', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderSheet();
    await user.click(radio('compelling-reason', 'No'));
    expect(screen.getByTestId('guidance')).toHaveTextContent('Consider walking away');
    expect(screen.getByTestId('guidance')).toHaveTextContent('The compelling reason to act is No');
    expect(screen.getByTestId('risks')).toHaveTextContent(textOf('compelling-reason'));
    expect(screen.getByTestId('saved-status')).toHaveTextContent('Saved in this browser at');
    expect(stored()!.body.answers!['compelling-reason']).toEqual({ answer: 'no', note: '' });
    expect(stored()!.completed).toBe(false);

    for (const c of criteria) await user.click(radio(c.id, 'Yes'));
    expect(screen.getByTestId('guidance')).toHaveTextContent('Pursue');
    expect(within(screen.getByTestId('tally-worth-it')).getByText('Strong')).toBeInTheDocument();
    expect(stored()!.completed).toBe(true);
    expect(screen.getByTestId('sheet-state')).toHaveTextContent('Completed');

    await user.click(radio('kdl-support', 'No'));
    expect(screen.getByTestId('guidance')).toHaveTextContent('Strengthen first');
    expect(screen.getByTestId('guidance')).toHaveTextContent(`A vital sign is No: “${textOf('kdl-support')}”`);
  });

  it('lists every ? as a question for the next call, with its note', async () => {
    const user = userEvent.setup();
    renderSheet();
    await user.click(radio('budget', '? unknown'));
    const group = screen.getByTestId('criterion-budget');
    await user.type(within(group).getByRole('textbox'), 'Who signs?');
    // The note reaches the sheet coalesced, a moment after the last key.
    await waitFor(() => expect(screen.getByTestId('to-ask')).toHaveTextContent(`${textOf('budget')} — Who signs?`));
    expect(stored()!.body.answers!.budget).toEqual({ answer: 'unknown', note: 'Who signs?' });
  });

  it('fires stage warnings from the stage the opportunity has reached, unanswered counting as ?', async () => {
    const user = userEvent.setup();
    renderSheet();
    const warnings = screen.getByTestId('stage-warnings');
    expect(within(warnings).getByText('No warnings for stage 2.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Stage the opportunity has reached'), '3');
    expect(warnings.querySelector('[data-warning="cra-missing"]')).not.toBeNull();
    expect(warnings.querySelector('[data-warning="kdl-out-of-reach"]')).toBeNull();
    await user.click(radio('kdl-access', 'No'));
    expect(warnings.querySelector('[data-warning="kdl-out-of-reach"]')).not.toBeNull();
    await user.click(radio('compelling-reason', 'Yes'));
    expect(warnings.querySelector('[data-warning="cra-missing"]')).toBeNull();
    expect($opportunities.get()[$chosenOpportunity.get()!]!.stage).toBe(3);
  });

  it("keeps each opportunity's answers apart, on the opportunity chosen at the top", async () => {
    const user = userEvent.setup();
    renderSheet();
    const select = screen.getByLabelText('Filled for the opportunity');
    expect(select).toBeDisabled();
    expect(within(select).getByRole('option')).toHaveTextContent('My opportunity (made when you start typing)');
    await user.type(screen.getByLabelText('Name of a new opportunity'), 'Dairy{Enter}');
    await user.click(radio('sponsor', 'No'));
    await user.type(screen.getByLabelText('Name of a new opportunity'), 'Brewery{Enter}');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Brewery', 'Dairy']);
    expect(radio('sponsor', 'No')).not.toBeChecked();
    await user.click(radio('sponsor', 'Yes'));

    const dairy = Object.entries($opportunities.get()).find(([, o]) => o.name === 'Dairy')![0];
    await user.selectOptions(select, dairy);
    expect(radio('sponsor', 'No')).toBeChecked();
    expect(Object.keys($worksheets.get()).filter((id) => id.startsWith('opportunity-assessment-for-'))).toHaveLength(2);
  });

  it('makes "My opportunity" on the first answer when there is none', async () => {
    const user = userEvent.setup();
    renderSheet();
    await user.click(radio('budget', 'Yes'));
    expect(Object.values($opportunities.get()).map((o) => o.name)).toEqual(['My opportunity']);
    expect(stored()!.body.answers!['budget']).toEqual({ answer: 'yes', note: '' });
  });

  it('says when the content changed since the learner last worked on it, and resets after confirmation', async () => {
    const user = userEvent.setup();
    const id = createOpportunity('Old');
    chooseOpportunity(id);
    saveWorksheet(
      sheetRecordId('opportunity-assessment', id),
      id,
      'oldhash1',
      (b) => ({ ...b, answers: {} }),
      () => false,
    );
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderSheet();
    expect(screen.getByText(en['worksheet.changed'])).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset this worksheet' }));
    expect(confirm).toHaveBeenCalledWith(en['worksheet.resetConfirm']);
    expect(stored()).toBeUndefined();
    expect(screen.queryByText(en['worksheet.changed'])).not.toBeInTheDocument();
  });

  it('takes a 100,000-character note without trouble', async () => {
    const user = userEvent.setup();
    renderSheet();
    const note = within(screen.getByTestId('criterion-deal-value')).getByRole('textbox');
    note.focus();
    await user.paste('y'.repeat(100_000));
    expect((note as HTMLTextAreaElement).value).toHaveLength(100_000);
    await waitFor(() => expect(stored()!.body.answers!['deal-value']!.note).toHaveLength(100_000));
  });
});
