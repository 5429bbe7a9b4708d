import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForIslands } from './fixtures';
import { pdfPageTexts } from './pdf-text';

const sheets = ['opportunity-assessment', 'cra-planner', 'account-plan', 'unique-value', 'buying-unit-map'];

async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForIslands(page);
}

/** Reloads and waits until the stored answers are back on screen. */
async function reload(page: Page) {
  await page.reload();
  await waitForIslands(page);
}

const criterion = (page: Page, id: string) => page.getByTestId(`criterion-${id}`);
const answer = (page: Page, id: string, label: 'Yes' | 'No' | '? unknown') =>
  criterion(page, id).getByRole('radio', { name: label, exact: true });

test.describe('worksheets index', () => {
  test('lists the five worksheets and shows their state after work starts', async ({ page }) => {
    await open(page, '/en/worksheets/');
    for (const id of sheets) {
      await expect(page.getByTestId(`card-${id}`).getByRole('link')).toHaveAttribute('href', `/en/worksheets/${id}/`);
      await expect(page.getByTestId(`status-${id}`)).toHaveText('Status: Not started');
    }
    await open(page, '/en/worksheets/cra-planner/');
    await page.getByLabel('Client', { exact: true }).fill('Jade River Dairy');
    await expect(page.getByTestId('saved-status')).toContainText('Saved in this browser');
    await open(page, '/en/worksheets/');
    await expect(page.getByTestId('status-cra-planner')).toHaveText('Status: Started');
    await expect(page.getByTestId('status-account-plan')).toHaveText('Status: Not started');
  });
});

test.describe('opportunity assessment', () => {
  test('answers drive the summary, guidance, follow-ups and stage warnings, and survive a reload', async ({ page }) => {
    await open(page, '/en/worksheets/opportunity-assessment/');
    // The sheet is filled for the opportunity chosen at the top.
    await page.getByLabel('Name of a new opportunity').fill('Jade River Dairy');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    const guidance = page.getByTestId('guidance');
    await expect(guidance).toContainText('Strengthen first');

    const ids = await page
      .locator('[data-testid^="criterion-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('criterion-'.length)));
    expect(ids).toHaveLength(20);
    for (const id of ids) await answer(page, id, 'Yes').check();
    await expect(guidance).toContainText('Pursue');
    await expect(page.getByTestId('sheet-state')).toHaveText('Status: Completed');

    await answer(page, 'compelling-reason', 'No').check();
    await expect(guidance).toContainText('Consider walking away');
    await expect(guidance).toContainText('The compelling reason to act is No');
    await expect(page.getByTestId('risks')).toContainText('The client has a compelling reason to act now');

    await answer(page, 'compelling-reason', 'Yes').check();
    await answer(page, 'budget', '? unknown').check();
    await criterion(page, 'budget').getByRole('textbox').fill('Ask the CFO who holds the budget');
    await expect(page.getByTestId('to-ask')).toContainText('Money is set aside for the project');
    await expect(page.getByTestId('to-ask')).toContainText('Ask the CFO who holds the budget');
    await expect(page.getByTestId('tally-is-it-real')).toContainText('Strong');

    // The budget warning starts at stage 5.
    const warnings = page.getByTestId('stage-warnings');
    await expect(warnings.locator('[data-warning="budget-unclear"]')).toHaveCount(0);
    await page.getByLabel('Stage the opportunity has reached').selectOption('5');
    await expect(warnings.locator('[data-warning="budget-unclear"]')).toBeVisible();

    await reload(page);
    await expect(page.getByLabel('Filled for the opportunity').locator('option:checked')).toHaveText(
      'Jade River Dairy',
    );
    await expect(answer(page, 'budget', '? unknown')).toBeChecked();
    await expect(criterion(page, 'budget').getByRole('textbox')).toHaveValue('Ask the CFO who holds the budget');
    await expect(page.getByLabel('Stage the opportunity has reached')).toHaveValue('5');
    await expect(warnings.locator('[data-warning="budget-unclear"]')).toBeVisible();
  });

  test('keeps several named opportunities apart; add, switch, rename and delete them', async ({ page }) => {
    await open(page, '/en/worksheets/opportunity-assessment/');
    const select = page.getByLabel('Filled for the opportunity');
    // No opportunity yet: the select says what the first keystroke will make, as a placeholder.
    await expect(select).toBeDisabled();
    await expect(select.locator('option')).toHaveText(['My opportunity (made when you start typing)']);
    await page.getByLabel('Name of a new opportunity').fill('Dairy');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    await answer(page, 'sponsor', 'No').check();
    await page.getByLabel('Name of a new opportunity').fill('Brewery');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    await expect(select.locator('option:checked')).toHaveText('Brewery');
    await expect(answer(page, 'sponsor', 'No')).not.toBeChecked();
    await answer(page, 'sponsor', 'Yes').check();

    await select.selectOption({ label: 'Dairy' });
    await expect(answer(page, 'sponsor', 'No')).toBeChecked();
    await reload(page);
    await expect(select.locator('option')).toHaveText(['Brewery', 'Dairy']);

    // Renaming and deleting live on the opportunity's own page; deleting asks first.
    await page.getByRole('link', { name: 'Open “Dairy” on the opportunities page' }).click();
    await waitForIslands(page);
    await page.getByLabel('Opportunity name').fill('Dairy upgrade');
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByTestId('opportunity')).toBeVisible();
    await open(page, '/en/worksheets/opportunity-assessment/');
    await expect(select.locator('option')).toHaveText(['Brewery', 'Dairy upgrade']);
    await page.getByRole('link', { name: /^Open “/ }).click();
    await waitForIslands(page);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByTestId('opp-list').getByRole('listitem')).toHaveCount(1);
    await open(page, '/en/worksheets/opportunity-assessment/');
    await expect(select.locator('option')).toHaveCount(1);
  });

  test('is usable with the keyboard alone', async ({ page }) => {
    await open(page, '/en/worksheets/opportunity-assessment/');
    await answer(page, 'compelling-reason', 'Yes').focus();
    await page.keyboard.press('Space');
    await expect(answer(page, 'compelling-reason', 'Yes')).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(answer(page, 'compelling-reason', 'No')).toBeChecked();
    await expect(page.getByTestId('guidance')).toContainText('Consider walking away');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('How to answer');
  });

  test('takes a 100,000-character paste into a note', async ({ page }) => {
    await open(page, '/en/worksheets/opportunity-assessment/');
    const note = criterion(page, 'budget').getByRole('textbox');
    const long = 'x'.repeat(100_000);
    await note.fill(long);
    await expect(page.getByTestId('saved-status')).toContainText('Saved in this browser');
    await reload(page);
    expect((await note.inputValue()).length).toBe(100_000);
  });
});

test.describe('CRA call planner', () => {
  test('composes the value proposition with visible gaps, copies it, and survives a reload', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/en/worksheets/cra-planner/');
    const draft = page.getByTestId('proposition');
    await expect(draft).toContainText('[client] is pursuing [initiative]');
    await page.getByLabel('Client', { exact: true }).fill('Jade River Dairy');
    await page.getByLabel('Which client initiative is the action tied to?').fill("the CFO's working-capital programme");
    await page.getByLabel('What is the entry point?').fill('batch traceability in the cold stores');
    await page.getByLabel('What business result does the client want?').fill('working capital down 15%.');
    await expect(draft).toHaveText(
      "Jade River Dairy is pursuing the CFO's working-capital programme, driven by [driver]. Starting with batch traceability in the cold stores, the account team will help deliver working capital down 15%.",
    );
    await expect(page.getByTestId('proposition-gaps')).toHaveText('Gaps left: driver.');
    await page.getByLabel('What drives it?').fill('spoilage write-offs up 30% in a year');
    await expect(page.getByTestId('proposition-gaps')).toContainText('No gaps left');
    await expect(page.getByTestId('sheet-state')).toHaveText('Status: Completed');
    await page
      .getByLabel('What happens to the business if nothing changes over the next twelve months?')
      .fill('Write-offs keep rising');

    await page.getByRole('button', { name: 'Copy the draft' }).click();
    await expect(page.getByText('The draft is copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'driven by spoilage write-offs up 30% in a year.',
    );

    await reload(page);
    await expect(page.getByLabel('What drives it?')).toHaveValue('spoilage write-offs up 30% in a year');
    await expect(
      page.getByLabel('What happens to the business if nothing changes over the next twelve months?'),
    ).toHaveValue('Write-offs keep rising');
    await expect(draft).toContainText('Jade River Dairy is pursuing');
  });
});

test.describe('account plan', () => {
  test('fills the five parts and the initiatives map, flags gaps and overlaps, and survives a reload', async ({
    page,
  }) => {
    await open(page, '/en/worksheets/account-plan/');
    const parts = page.locator('[data-testid^="part-"]');
    await expect(parts).toHaveCount(5);
    for (let i = 0; i < 5; i++)
      await parts
        .nth(i)
        .getByRole('textbox')
        .first()
        .fill(`Part ${i + 1} notes`);
    await expect(page.getByTestId('sheet-state')).toHaveText('Status: Completed');

    const map = page.getByTestId('initiatives-map');
    await map.getByRole('button', { name: 'Add a goal' }).click();
    await expect(map.getByLabel('Goal 1', { exact: true })).toBeFocused();
    await page.keyboard.type('Working capital down 15%');
    await map.getByRole('button', { name: 'Add an initiative' }).click();
    await map.getByLabel('Initiative 1', { exact: true }).fill('Inventory programme');
    await map.getByRole('button', { name: 'Add an initiative' }).click();
    await map.getByLabel('Initiative 2', { exact: true }).fill('Quality programme');
    await map.getByRole('button', { name: 'Add a project' }).click();
    await map.getByLabel('Project 1', { exact: true }).fill('Batch traceability');
    await map.getByLabel('Under initiative: Project 1').selectOption({ label: 'Inventory programme' });
    await map.getByRole('button', { name: 'Add a project' }).click();
    await map.getByLabel('Project 2', { exact: true }).fill('batch traceability');
    await map.getByLabel('Under initiative: Project 2').selectOption({ label: 'Quality programme' });
    await map.getByRole('button', { name: 'Add a project' }).click();
    await map.getByLabel('Project 3', { exact: true }).fill('New website');
    await map.getByLabel('Under initiative: Project 3').selectOption({ label: 'No initiative yet' });

    const findings = page.getByTestId('initiatives-findings');
    await expect(findings).toContainText('Gap: the project “New website” sits under no initiative.');
    await expect(findings).toContainText(
      'Overlap: “Batch traceability” appears under “Inventory programme”, “Quality programme”.',
    );
    const diagram = page.getByTestId('initiatives-diagram');
    await expect(diagram.getByText('Working capital down 15%')).toBeVisible();
    await expect(diagram.getByText('Projects under no initiative')).toBeVisible();

    await reload(page);
    await expect(parts.nth(4).getByRole('textbox').first()).toHaveValue('Part 5 notes');
    await expect(map.getByLabel('Project 3', { exact: true })).toHaveValue('New website');
    await expect(findings).toContainText('Overlap: “Batch traceability”');

    await map.getByRole('button', { name: 'Delete Goal 1' }).click();
    await expect(findings).toContainText('Gap: the initiative “Inventory programme” serves no goal.');
  });
});

test.describe('unique value call planner', () => {
  test('flags rows we think are stronger but the client does not value, and survives a reload', async ({ page }) => {
    await open(page, '/en/worksheets/unique-value/');
    await page
      .getByLabel('How different do we need to be to win this opportunity?')
      .fill('Clearly better on traceability');
    await page.getByRole('button', { name: 'Add a capability' }).click();
    const row = page.getByTestId('capability-capability-1');
    await expect(row.getByLabel('Capability: Capability 1')).toBeFocused();
    await row.getByLabel('Capability: Capability 1').fill('Real-time inventory');
    await row.getByLabel('How we deliver it').fill('Sensors in every cold store');
    await row.getByLabel('How the competitor delivers it').fill('Nightly batch upload');
    await row.getByLabel('Our view').selectOption({ label: 'We are stronger' });
    await row.getByLabel("Client's view").selectOption({ label: 'The client is indifferent' });
    await expect(row.getByTestId('capability-flags')).toContainText('the client is indifferent');
    await expect(row.getByTestId('capability-flags')).toContainText('No business value stated');
    await row.getByLabel('Business value').fill('Less spoilage');
    await row.getByLabel("Client's view").selectOption({ label: 'The client values it' });
    await expect(row.getByTestId('capability-flags')).toHaveCount(0);
    await expect(page.getByTestId('sheet-state')).toHaveText('Status: Completed');

    await page.getByRole('button', { name: 'Add a capability' }).click();
    await page.getByTestId('capability-capability-2').getByLabel('Our view').selectOption({ label: 'We are stronger' });
    await expect(page.getByTestId('capability-capability-2').getByTestId('capability-flags')).toContainText(
      'we do not know what the client thinks',
    );

    await reload(page);
    await expect(row.getByLabel('Business value')).toHaveValue('Less spoilage');
    await expect(page.getByLabel('How different do we need to be to win this opportunity?')).toHaveValue(
      'Clearly better on traceability',
    );
    await page.getByRole('button', { name: 'Delete capability 2' }).click();
    await expect(page.getByTestId('capability-capability-2')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add a capability' })).toBeFocused();
  });
});

test.describe('buying unit map', () => {
  async function addContact(page: Page, n: number, name: string, roles: string[], stance: string) {
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const card = page.getByTestId(`contact-contact-${n}`);
    await expect(card.getByLabel(`Name: Contact ${n}`)).toBeFocused();
    await page.keyboard.type(name);
    for (const role of roles) await card.getByRole('checkbox', { name: role }).check();
    await card.getByRole('radio', { name: stance }).check();
    return card;
  }

  test('maps contacts with roles and stance, gives the method hints, and survives a reload', async ({ page }) => {
    await open(page, '/en/worksheets/buying-unit-map/');
    const hints = page.getByTestId('buying-unit-hints');
    await expect(hints).toContainText('No key decision leader identified yet');
    await expect(hints).toContainText('No sponsor yet');
    await page.getByLabel('Opportunity', { exact: true }).fill('Jade River Dairy: cold-chain traceability');
    await addContact(page, 1, 'Wang Li', ['Key decision leader'], 'Neutral');
    const sponsor = await addContact(page, 2, 'Chen Jie', ['Sponsor', 'Benefit owner'], 'Supporter');
    await sponsor.getByLabel('Next action').fill('Ask for a meeting with Wang Li');
    await addContact(page, 3, 'Zhao Min', ['Evaluator'], 'Opponent');
    await expect(hints).not.toContainText('No key decision leader');
    await expect(hints).not.toContainText('No sponsor yet');
    await expect(hints).toContainText('Opponents: Zhao Min. Plan how to limit their reach');
    await expect(hints).toContainText('Neutral: Wang Li');
    await expect(page.getByTestId('sheet-state')).toHaveText('Status: Completed');
    await expect(page.getByRole('link', { name: 'Key decision leader' })).toHaveAttribute(
      'href',
      '/en/glossary/#key-decision-leader',
    );

    // "Not in the buying decision unit" and a real role exclude each other.
    const third = page.getByTestId('contact-contact-3');
    await third.getByRole('checkbox', { name: 'Not in the buying decision unit' }).check();
    await expect(third.getByRole('checkbox', { name: 'Evaluator' })).not.toBeChecked();
    await third.getByRole('checkbox', { name: 'Evaluator' }).check();

    await reload(page);
    await expect(page.getByLabel('Opportunity', { exact: true })).toHaveValue(
      'Jade River Dairy: cold-chain traceability',
    );
    await expect(sponsor.getByLabel('Next action')).toHaveValue('Ask for a meeting with Wang Li');
    await expect(sponsor.getByRole('checkbox', { name: 'Sponsor' })).toBeChecked();
    await expect(page.getByTestId('contact-contact-3').getByRole('radio', { name: 'Opponent' })).toBeChecked();
    await open(page, '/en/worksheets/');
    await expect(page.getByTestId('status-buying-unit-map')).toHaveText('Status: Completed');
  });
});

test('every worksheet takes a 100,000-character paste and keeps it', async ({ page }) => {
  const long = 'p'.repeat(100_000);
  const boxes: [string, (p: Page) => Promise<Locator>][] = [
    ['cra-planner', async (p) => p.getByLabel('What drives it?')],
    ['account-plan', async (p) => p.getByLabel('Strategic priorities and direction')],
    [
      'unique-value',
      async (p) => p.getByLabel('What capability differences are there between the account team and its competitors?'),
    ],
    [
      'buying-unit-map',
      async (p) => {
        await p.getByRole('button', { name: 'Add a contact' }).click();
        return p.getByLabel('Next action: Contact 1');
      },
    ],
  ];
  for (const [sheet, box] of boxes) {
    await open(page, `/en/worksheets/${sheet}/`);
    const field = await box(page);
    const started = Date.now();
    await field.fill(long);
    await expect(page.getByTestId('saved-status')).toContainText('Saved in this browser');
    expect(Date.now() - started, `${sheet}: paste handled quickly`).toBeLessThan(5000);
    await reload(page);
    expect((await (await box(page)).inputValue()).length, sheet).toBe(100_000);
  }
});

test.describe('printing and reset', () => {
  async function fillCra(page: Page) {
    await open(page, '/en/worksheets/cra-planner/');
    await page.getByLabel('What drives it?').fill('Spoilage write-offs up 30%\nand a new traceability rule');
  }
  const copyOf = (page: Page, label: string): Locator =>
    page.locator('.ws-field', { has: page.getByLabel(label) }).locator('.ws-print-copy');

  test('prints a clean handout: buttons and navigation hidden, answers shown in full', async ({ page }) => {
    await fillCra(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy the draft' })).toBeHidden();
    await expect(page.locator('header.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByLabel('What drives it?')).toBeHidden();
    await expect(copyOf(page, 'What drives it?')).toBeVisible();
    await expect(copyOf(page, 'What drives it?')).toHaveText('Spoilage write-offs up 30%\nand a new traceability rule');
    await expect(page.getByTestId('proposition')).toContainText(
      'driven by Spoilage write-offs up 30% and a new traceability rule',
    );
  });

  test('"Print blank handout" prints the same sheet with empty answer spaces', async ({ page }) => {
    await fillCra(page);
    await page.evaluate(() => {
      (window as unknown as { printedBlank: boolean | null }).printedBlank = null;
      window.print = () => {
        (window as unknown as { printedBlank: boolean }).printedBlank =
          document.documentElement.classList.contains('print-blank');
      };
    });
    await page.getByRole('button', { name: 'Print blank handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { printedBlank: boolean | null }).printedBlank)).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).not.toHaveClass(/print-blank/);

    await page.evaluate(() => document.documentElement.classList.add('print-blank'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('What drives it?', { exact: true })).toBeVisible();
    await expect(copyOf(page, 'What drives it?')).toBeVisible();
    await expect(copyOf(page, 'What drives it?').locator('span')).toBeHidden();
    await expect(page.getByTestId('proposition')).toBeHidden();
    await expect(page.locator('p.ws-proposition.ws-blank-only')).toBeVisible();
    await expect(page.locator('p.ws-proposition.ws-blank-only')).toContainText(
      '[client] is pursuing [initiative], driven by [driver].',
    );
  });

  test('blank handouts of the tabular sheets show empty rows instead of the answers', async ({ page }) => {
    await open(page, '/en/worksheets/buying-unit-map/');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.keyboard.type('Wang Li');
    await page.evaluate(() => document.documentElement.classList.add('print-blank'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('contact-contact-1')).toBeHidden();
    await expect(page.locator('table.ws-blank-table')).toBeVisible();
    await expect(page.locator('table.ws-blank-table tbody tr')).toHaveCount(8);
  });

  test('reset asks first, then clears the sheet', async ({ page }) => {
    await fillCra(page);
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Reset this worksheet' }).click();
    await expect(page.getByLabel('What drives it?')).not.toHaveValue('');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Reset this worksheet' }).click();
    await expect(page.getByLabel('What drives it?')).toHaveValue('');
    await reload(page);
    await expect(page.getByLabel('What drives it?')).toHaveValue('');
    await expect(page.getByTestId('saved-status')).toHaveText('Your answers are saved in this browser as you type.');
  });
});

test.describe('Chinese edition', () => {
  test('the assessment works in Chinese', async ({ page }) => {
    await open(page, '/zh-cn/worksheets/opportunity-assessment/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await criterion(page, 'compelling-reason').getByRole('radio', { name: '否', exact: true }).check();
    await expect(page.getByTestId('guidance')).toContainText('考虑放弃');
  });
});

test.describe('accessibility', () => {
  const pages = [
    ...['', ...sheets.map((s) => `${s}/`)].map((p) => `/en/worksheets/${p}`),
    '/zh-cn/worksheets/',
    '/zh-cn/worksheets/opportunity-assessment/',
    '/zh-cn/worksheets/buying-unit-map/',
  ];
  for (const path of pages) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await open(page, path);
      await expectAccessible(page);
    });
  }
  for (const path of ['/en/worksheets/opportunity-assessment/', '/en/worksheets/account-plan/']) {
    test(`axe finds no violations on ${path} in dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, path);
      await expectAccessible(page);
    });
  }

  test('axe finds no violations on filled sheets with their flags showing', async ({ page }) => {
    // Three full axe runs on pages that now carry a worked example too.
    test.setTimeout(90_000);
    await open(page, '/en/worksheets/opportunity-assessment/');
    await answer(page, 'compelling-reason', 'No').check();
    await answer(page, 'budget', '? unknown').check();
    await page.getByLabel('Stage the opportunity has reached').selectOption('6');
    await expectAccessible(page);

    await open(page, '/en/worksheets/unique-value/');
    await page.getByRole('button', { name: 'Add a capability' }).click();
    await page.getByTestId('capability-capability-1').getByLabel('Our view').selectOption({ label: 'We are stronger' });
    await expectAccessible(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '/en/worksheets/account-plan/');
    await page.getByRole('button', { name: 'Add a project' }).click();
    await page.keyboard.type('Orphan project');
    await expectAccessible(page);

    await open(page, '/en/worksheets/buying-unit-map/');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.keyboard.type('Wang Li');
    await expectAccessible(page);
  });
});

test.describe('blank handouts on paper', () => {
  /** Clicks "Print blank handout" (the print dialog stubbed), prints to PDF, and gives each page's text. */
  async function printBlankPdf(page: Page, button: string): Promise<string[]> {
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: button }).click();
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPageTexts(await page.pdf({ format: 'A4', printBackground: true }));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    return pages;
  }
  // Words that only make sense on screen: the saved status, notices and the sheet's buttons.
  const screenOnly = [
    'as you type',
    'saved in this browser',
    'another tab',
    'Print blank handout',
    'Reset this worksheet',
    'Counts as completed when',
    'Go to the verdict',
  ];

  for (const sheet of sheets)
    test(`${sheet}: every printed page carries the sheet name and its page number, and no on-screen words`, async ({
      page,
    }) => {
      await open(page, `/en/worksheets/${sheet}/`);
      const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      const buttons = (await page.locator('.ws button:visible').allTextContents()).map((b) => b.trim()).filter(Boolean);
      const pages = await printBlankPdf(page, 'Print blank handout');
      expect(pages.length, sheet).toBeGreaterThan(0);
      pages.forEach((text, i) => {
        expect(text, `${sheet} page ${i + 1}`).toContain(name);
        expect(text, `${sheet} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      const all = pages.join(' ').toLowerCase();
      for (const phrase of [...screenOnly, ...buttons])
        expect(all, `${sheet}: "${phrase}"`).not.toContain(phrase.toLowerCase());
      // Once printed, the screen is as before: no running head left behind.
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('html')).not.toHaveClass(/print-blank/);
      expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--print-head'))).toBe('');
    });

  test('the blank assessment prints a tally per key question and overall, and a decision box', async ({ page }) => {
    await open(page, '/en/worksheets/opportunity-assessment/');
    await page.evaluate(() => document.documentElement.classList.add('print-blank'));
    await page.emulateMedia({ media: 'print' });
    const tally = page.getByTestId('blank-tally');
    await expect(tally).toBeVisible();
    await expect(tally.getByRole('columnheader')).toHaveText(['Key question', 'Yes', 'No', '?']);
    const rows = tally.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('Key question 1 · Is the opportunity real? (5 criteria)');
    await expect(rows.last()).toContainText('Overall (20 criteria)');
    await expect(rows.first().locator('td')).toHaveCount(3);
    await expect(rows.first().locator('td').first()).toHaveText('');
    const decision = page.getByTestId('decision-box');
    await expect(decision.locator('.print-choices li')).toHaveText([
      'Go: pursue',
      'Qualify further: strengthen first',
      'No-go: walk away',
    ]);
    await expect(decision).toContainText('Reason');
    await expect(page.getByTestId('guidance')).toBeHidden();

    const text = (await pdfPageTexts(await page.pdf({ format: 'A4' }))).join(' ');
    for (const phrase of ['Tally and decision', 'Overall (20 criteria)', 'Go: pursue', 'No-go: walk away', 'Reason'])
      expect(text).toContain(phrase);

    // Filled in, the sheet prints its live summary instead, and the stage it has reached ticked.
    await page.evaluate(() => document.documentElement.classList.remove('print-blank'));
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Stage the opportunity has reached').selectOption('3');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel('Stage the opportunity has reached')).toBeHidden();
    await expect(tally).toBeHidden();
    await expect(page.getByTestId('guidance')).toBeVisible();
    await expect(page.getByTestId('print-stages').locator('li')).toHaveCount(7);
    await expect(page.getByTestId('print-stages').locator('li[data-chosen]')).toHaveText('Stage 3: Validating');
  });

  test('zh-cn: the blank assessment prints its tally, decision box and page numbers in Chinese', async ({ page }) => {
    await open(page, '/zh-cn/worksheets/opportunity-assessment/');
    const pages = await printBlankPdf(page, '打印空白讲义');
    // The machine may have no Chinese font, so the PDF check is on the page numbers' digits.
    pages.forEach((text, i) =>
      expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1}\\b.*\\b${pages.length}\\b`)),
    );
    await page.evaluate(() => document.documentElement.classList.add('print-blank'));
    await page.emulateMedia({ media: 'print' });
    const tally = page.getByTestId('blank-tally');
    await expect(tally.getByRole('heading', { name: '计数与决定' })).toBeVisible();
    await expect(tally.getByRole('columnheader')).toHaveText(['关键问题', '是', '否', '？']);
    await expect(tally.locator('tbody tr').last()).toContainText('合计（20 条标准）');
    await expect(page.getByTestId('decision-box').locator('.print-choices li')).toHaveText([
      '推进：继续争取',
      '进一步确认：先补强',
      '不推进：放弃',
    ]);
  });
});
