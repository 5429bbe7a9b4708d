// @vitest-environment jsdom
import { accountPlanRecordId } from '../../src/lib/client-accounts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import AccountPlan, { accountPlanKeys } from '../../src/islands/worksheets/AccountPlan';
import BuyingUnitMap, { buyingUnitKeys } from '../../src/islands/worksheets/BuyingUnitMap';
import CraPlanner, { craKeys } from '../../src/islands/worksheets/CraPlanner';
import UniqueValue, { uniqueValueKeys } from '../../src/islands/worksheets/UniqueValue';
import WorksheetStatus from '../../src/islands/worksheets/WorksheetStatus';
import { statusKeys } from '../../src/islands/worksheets/strings';
import type { UIKey } from '../../src/i18n';
import { sheetRecordId } from '../../src/lib/worksheet-records';
import { $worksheets, clearAllRecords } from '../../src/stores/learner';
import { $chosenOpportunity } from '../../src/stores/opportunities';

const content = (sheet: string) =>
  parse(readFileSync(join(import.meta.dirname, `../../content/worksheets/en/${sheet}.yaml`), 'utf8'));
const pick = <K extends UIKey>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, en[k]])) as Record<K, string>;
/** A deal sheet is stored for the opportunity chosen at the top (made on the first keystroke). */
const stored = (id: string) => $worksheets.get()[sheetRecordId(id, $chosenOpportunity.get())];

beforeEach(() => {
  clearAllRecords();
  $chosenOpportunity.set(null);
});

describe('CRA call planner island', () => {
  const sheet = content('cra-planner');
  const gapLabels = {
    client: 'client',
    initiative: 'initiative',
    driver: 'driver',
    'entry-point': 'entry point',
    'business-result': 'business result',
  };
  it('drafts the value proposition as the learner types and completes with the four questions', async () => {
    const user = userEvent.setup();
    render(
      <CraPlanner
        sheetId="cra-planner"
        contentHash="abc12345"
        lang="en"
        questions={sheet.questions}
        prompts={sheet.valuePrompts}
        template={sheet.propositionTemplate}
        gapLabels={gapLabels}
        t={pick(craKeys)}
      />,
    );
    expect(screen.getByTestId('proposition')).toHaveTextContent(
      '[client] is pursuing [initiative], driven by [driver].',
    );
    await user.type(screen.getByLabelText('Client'), 'Acme');
    await user.type(screen.getByLabelText(sheet.questions[1].label), 'rising costs.');
    await waitFor(() =>
      expect(screen.getByTestId('proposition')).toHaveTextContent(
        'Acme is pursuing [initiative], driven by rising costs.',
      ),
    );
    expect(screen.getByTestId('proposition-gaps')).toHaveTextContent(
      'Gaps left: initiative, entry point, business result.',
    );
    for (const q of [sheet.questions[0], sheet.questions[2]]) await user.type(screen.getByLabelText(q.label), 'x');
    expect(stored('cra-planner')!.completed).toBe(false);
    await user.type(screen.getByLabelText(sheet.questions[3].label), 'y');
    // Typing is written coalesced, a moment after the last key (use-coalesced-text.ts).
    await waitFor(() => expect(stored('cra-planner')!.completed).toBe(true));
    expect(stored('cra-planner')!.body.fields).toMatchObject({ client: 'Acme', driver: 'rising costs.' });
  });
});

describe('account plan island', () => {
  const sheet = content('account-plan');
  it('draws the initiatives map and flags a project under no initiative', async () => {
    const user = userEvent.setup();
    render(
      <AccountPlan
        sheetId="account-plan"
        contentHash="abc12345"
        lang="en"
        parts={sheet.parts}
        map={sheet.initiativesMap}
        t={pick(accountPlanKeys)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    expect(screen.getByLabelText('Goal 1')).toHaveFocus();
    await user.keyboard('Cut waste');
    await user.click(screen.getByRole('button', { name: 'Add a project' }));
    await user.keyboard('Sensors');
    const findings = screen.getByTestId('initiatives-findings');
    expect(findings).toHaveTextContent('Gap: no project serves the goal “Cut waste” yet.');
    expect(findings).toHaveTextContent('Gap: the project “Sensors” sits under no initiative.');
    await user.click(screen.getByRole('button', { name: 'Add an initiative' }));
    await user.keyboard('Lean');
    await user.selectOptions(screen.getByLabelText(/Under initiative/), 'initiative-1');
    await waitFor(() => expect(findings).toHaveTextContent('No gaps or overlaps found.'));
    expect(within(screen.getByTestId('initiatives-diagram')).getByText('Sensors')).toBeInTheDocument();
    // With no client chosen, the first thing typed makes the plan of "My client".
    const plan = stored(accountPlanRecordId('My client')!)!;
    expect(plan.client).toBe('My client');
    expect(plan.body.initiatives).toEqual([
      { id: 'goal-1', kind: 'goal', parent: null, text: 'Cut waste' },
      { id: 'project-1', kind: 'project', parent: 'initiative-1', text: 'Sensors' },
      { id: 'initiative-1', kind: 'initiative', parent: 'goal-1', text: 'Lean' },
    ]);
  });
});

describe('unique value island', () => {
  const sheet = content('unique-value');
  it('flags a difference only we believe in', async () => {
    const user = userEvent.setup();
    render(
      <UniqueValue
        sheetId="unique-value"
        contentHash="abc12345"
        lang="en"
        questions={sheet.questions}
        columns={sheet.columns}
        t={pick(uniqueValueKeys)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add a capability' }));
    const row = screen.getByTestId('capability-capability-1');
    await user.keyboard('Real-time inventory');
    await waitFor(() =>
      expect(within(row).getByTestId('capability-flags')).toHaveTextContent('No business value stated'),
    );
    await user.selectOptions(within(row).getByLabelText(/Our view/), 'stronger');
    await user.selectOptions(within(row).getByLabelText(/Client's view/), 'indifferent');
    expect(row.querySelector('[data-flag="stronger-not-valued"]')).not.toBeNull();
    expect(screen.getByTestId('capability-summary')).toHaveTextContent('Rows flagged: 1 of 1.');
    await user.click(within(row).getByRole('button', { name: 'Delete capability 1' }));
    expect(stored('unique-value')!.body.capabilities).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add a capability' })).toHaveFocus();
  });
});

describe('buying unit map island', () => {
  it('gives the method hints and completes with three contacts and a named KDL', async () => {
    const user = userEvent.setup();
    render(
      <BuyingUnitMap
        sheetId="buying-unit-map"
        contentHash="abc12345"
        lang="en"
        roleLinks={{ sponsor: '/en/glossary/#sponsor' }}
        t={pick(buyingUnitKeys)}
      />,
    );
    const hints = screen.getByTestId('buying-unit-hints');
    expect(hints.querySelector('[data-hint="no-kdl"]')).not.toBeNull();
    const people = [
      ['Wang', 'Key decision leader', 'Neutral'],
      ['Chen', 'Sponsor', 'Supporter'],
      ['Zhao', 'Evaluator', 'Opponent'],
    ] as const;
    for (const [i, [name, role, stance]] of people.entries()) {
      await user.click(screen.getByRole('button', { name: 'Add a contact' }));
      await user.keyboard(name);
      const card = screen.getByTestId(`contact-contact-${i + 1}`);
      await user.click(within(card).getByRole('checkbox', { name: role }));
      await user.click(within(card).getByRole('radio', { name: stance }));
    }
    // The last name typed reaches the sheet coalesced (ticks and radios do not hurry it).
    await waitFor(() => expect(hints.querySelector('[data-hint="opponents"]')).toHaveTextContent('Opponents: Zhao.'));
    expect(hints.querySelector('[data-hint="no-kdl"]')).toBeNull();
    expect(stored('buying-unit-map')!.completed).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete contact 3' }));
    expect(stored('buying-unit-map')!.completed).toBe(false);
    expect(screen.getByRole('link', { name: 'Sponsor' })).toHaveAttribute('href', '/en/glossary/#sponsor');
  });
});

describe('worksheet status', () => {
  it('shows the stored state of a sheet', async () => {
    const user = userEvent.setup();
    render(
      <>
        <WorksheetStatus sheetId="cra-planner" t={pick(statusKeys)} />
        <CraPlanner
          sheetId="cra-planner"
          contentHash="abc12345"
          lang="en"
          questions={content('cra-planner').questions}
          prompts={[]}
          template="{client}"
          gapLabels={{}}
          t={pick(craKeys)}
        />
      </>,
    );
    expect(screen.getByTestId('status-cra-planner')).toHaveTextContent('Status: Not started');
    await user.type(screen.getByLabelText('Client'), 'A');
    await waitFor(() => expect(screen.getByTestId('status-cra-planner')).toHaveTextContent('Status: Started'));
  });
});
