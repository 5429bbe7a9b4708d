/**
 * Opportunities: per-opportunity worksheets, the stage finder, snapshots and their chart, the
 * CSV, the version-1 storage fixture migrated with every text in place, two tabs at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, seedStorage, test, waitForIslands } from './fixtures';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v1/storage.json'), 'utf8')) as Record<
  string,
  string
>;

async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForIslands(page);
}

async function addOpportunity(page: Page, name: string) {
  await open(page, '/en/opportunities/');
  await page.getByLabel('Name of a new opportunity').fill(name);
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  await expect(page.getByTestId('opportunity')).toBeVisible();
  return new URL(page.url()).searchParams.get('id')!;
}

/** Every value in the form fields and every text on the page. */
const pageTexts = (page: Page) =>
  page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value),
      ...[...document.querySelectorAll('option:checked')].map((o) => o.textContent ?? ''),
    ].join('\n'),
  );

/** The texts typed into one v1 sheet (fixture), optionally within one of its assessed opportunities. */
function typed(x: unknown): string[] {
  if (typeof x === 'string') return x.startsWith('v1 ') ? [x] : [];
  if (Array.isArray(x)) return x.flatMap(typed);
  if (x && typeof x === 'object') return Object.values(x).flatMap(typed);
  return [];
}

test.describe('opportunities', () => {
  test('two opportunities keep independent assessments, chosen at the top of the sheet', async ({ page }) => {
    const dairy = await addOpportunity(page, 'Jade River Dairy');
    const brewery = await addOpportunity(page, 'Harbour Brewery');
    await open(page, `/en/worksheets/opportunity-assessment/?opportunity=${dairy}`);
    await expect(page.getByLabel('Filled for the opportunity').locator('option:checked')).toHaveText(
      'Jade River Dairy',
    );
    await page.getByTestId('criterion-budget').getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByTestId('criterion-budget').getByRole('textbox').fill('No budget line yet');

    await page.getByLabel('Filled for the opportunity').selectOption(brewery);
    await expect(
      page.getByTestId('criterion-budget').getByRole('radio', { name: 'No', exact: true }),
    ).not.toBeChecked();
    await page.getByTestId('criterion-budget').getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect(page).toHaveURL(new RegExp(`opportunity=${brewery}`));

    await page.reload();
    await waitForIslands(page);
    await expect(page.getByTestId('criterion-budget').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    await page.getByLabel('Filled for the opportunity').selectOption(dairy);
    await expect(page.getByTestId('criterion-budget').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await expect(page.getByTestId('criterion-budget').getByRole('textbox')).toHaveValue('No budget line yet');

    // The deal review lists the No as a risk, for this opportunity only.
    await open(page, `/en/opportunities/?id=${dairy}&view=review`);
    await expect(page.getByTestId('review-risks')).toContainText('No budget line yet');
    await open(page, `/en/opportunities/?id=${brewery}&view=review`);
    await expect(page.getByTestId('review-risks')).toHaveCount(0);
  });

  test('the stage finder names the stage, the next outcome and points out a gap', async ({ page }) => {
    await addOpportunity(page, 'Gap test');
    const finding = page.getByTestId('finding');
    await expect(finding).toContainText('this opportunity is in stage 1: Noticing');
    await page.getByTestId('outcome-noticing').getByText('Outcome of stage 1 verified').click();
    await expect(finding).toContainText('in stage 2: Identifying');
    await expect(page.getByTestId('vital-advice')).toContainText('Compelling reason to act');
    await page.getByTestId('outcome-validating').locator('summary').click();
    await page.getByTestId('outcome-validating').getByText('Outcome of stage 3 verified').click();
    await expect(page.getByTestId('finder-gap')).toContainText('Stage 3 is ticked, but the outcome of stage 2 is not');
    await expect(finding).toContainText('in stage 2: Identifying');
  });

  test('a snapshot is kept after reload, the chart is drawn and the CSV has a row per opportunity and per snapshot', async ({
    page,
  }) => {
    const id = await addOpportunity(page, 'Snapshot deal');
    await page.getByLabel('Client', { exact: true }).fill('Jade River, "Dairy"');
    await page.getByRole('button', { name: 'Take snapshot' }).click();
    await expect(page.getByText('Snapshot kept.')).toBeVisible();
    await page.reload();
    await waitForIslands(page);
    const chart = page.getByTestId('stage-chart');
    await expect(chart).toBeVisible();
    await expect(chart.locator('circle')).not.toHaveCount(0);
    await expect(chart).toHaveAttribute('aria-label', /Stage over time: stage 1 on .*snapshots\)/);

    await page.getByRole('link', { name: 'All opportunities' }).click();
    await addOpportunity(page, 'Second deal');
    await page.getByRole('link', { name: 'All opportunities' }).click();
    await expect(page.getByTestId('opp-list').getByRole('listitem')).toHaveCount(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe(
      'row,opportunity,name,client,initiative,stage,value,currency,close date,archived,outcomes verified,vital signs,date',
    );
    const rows = csv.slice(1).map((line) => line.split(',')[0]);
    expect(rows.filter((r) => r === 'opportunity')).toHaveLength(2);
    expect(rows.filter((r) => r === 'snapshot')).toHaveLength(1);
    expect(csv.some((line) => line.includes(`${id},Snapshot deal,"Jade River, ""Dairy"""`))).toBe(true);
    await expect(page.getByTestId('pipeline').locator('tr[data-stage="1"] td').first()).toHaveText('2');
  });

  test('the version-1 fixture is migrated with every text it held visible in its new place', async ({ page }) => {
    await seedStorage(page, fixture);
    await open(page, '/en/opportunities/');
    const list = page.getByTestId('opp-list');
    await expect(list).toContainText('v1 assessment-a opp-name');
    await expect(list).toContainText('v1 second opportunity');
    const v1 = Object.fromEntries(
      Object.entries(fixture).map(([k, raw]) => [k.replace('ssm:v1:worksheet:', ''), JSON.parse(raw)]),
    );
    const [a, b] = v1['opportunity-assessment'].body.opportunities;
    const visits: [string, string | null, string[]][] = [
      ['opportunity-assessment', a.id, typed(a)],
      ['opportunity-assessment', b.id, typed(b)],
      ['cra-planner', a.id, typed(v1['cra-planner'].body)],
      ['unique-value', a.id, typed(v1['unique-value'].body)],
      ['buying-unit-map', a.id, typed(v1['buying-unit-map'].body)],
    ];
    for (const [sheet, opp, texts] of visits) {
      await open(page, `/en/worksheets/${sheet}/${opp ? `?opportunity=${opp}` : ''}`);
      await expect(page.getByTestId('saved-status')).toContainText('Saved in this browser');
      const shown = await pageTexts(page);
      expect(texts.length, sheet).toBeGreaterThan(0);
      expect(
        texts.filter((t) => !shown.includes(t)),
        `${sheet} ${opp}`,
      ).toEqual([]);
    }
    // The one v1 account plan is now the plan of a client account: "My client", as no v1
    // opportunity named a client. Every text is there, under that client, chosen at the top.
    await open(page, '/en/worksheets/account-plan/');
    await expect(page.getByLabel('Account plan of the client').locator('option:checked')).toHaveText('My client');
    const planTexts = typed(v1['account-plan'].body);
    expect(planTexts.length).toBeGreaterThan(10);
    const shownPlan = await pageTexts(page);
    expect(planTexts.filter((t) => !shownPlan.includes(t))).toEqual([]);
    // Stored once, in the new shape: the old keys are gone.
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ssm:')));
    expect(keys).not.toContain('ssm:v1:worksheet:account-plan');
    expect(keys).not.toContain('ssm:v1:worksheet:cra-planner');
    expect(keys).toContain(`ssm:v1:worksheet:cra-planner-for-${a.id}`);
  });

  test('two clients keep two independent account plans, linked from their opportunities, after reload', async ({
    page,
  }) => {
    const dairy = await addOpportunity(page, 'Dairy traceability');
    await page.getByLabel('Client', { exact: true }).fill('Jade River Dairy');
    const brewery = await addOpportunity(page, 'Brewery planning');
    await page.getByLabel('Client', { exact: true }).fill('Harbour Brewery');
    // A second opportunity of the same client, spelt differently: still one client account.
    const dairy2 = await addOpportunity(page, 'Dairy analytics');
    await page.getByLabel('Client', { exact: true }).fill('  jade river DAIRY ');

    await open(page, `/en/opportunities/?id=${dairy}`);
    await page.getByRole('link', { name: 'Account plan of Jade River Dairy' }).click();
    await waitForIslands(page);
    const picker = page.getByLabel('Account plan of the client');
    await expect(picker.locator('option:checked')).toHaveText('Jade River Dairy');
    await expect(picker.locator('option')).toHaveText(['Harbour Brewery', 'Jade River Dairy']);
    const priorities = page.getByLabel('Strategic priorities and direction');
    await priorities.fill('Dairy: traceability from farm to shelf');

    await picker.selectOption('Harbour Brewery');
    await expect(priorities).toHaveValue('');
    await priorities.fill('Brewery: capacity for exports');
    await expect(page).toHaveURL(/client=Harbour/);

    await page.reload();
    await waitForIslands(page);
    await expect(priorities).toHaveValue('Brewery: capacity for exports');
    await picker.selectOption('Jade River Dairy');
    await expect(priorities).toHaveValue('Dairy: traceability from farm to shelf');

    // The other opportunity of the dairy opens the same plan; the brewery's opens its own.
    await open(page, `/en/opportunities/?id=${dairy2}`);
    await page.getByRole('link', { name: 'Account plan of jade river DAIRY' }).click();
    await waitForIslands(page);
    await expect(priorities).toHaveValue('Dairy: traceability from farm to shelf');
    await open(page, `/en/opportunities/?id=${brewery}`);
    await page.getByRole('link', { name: 'Account plan of Harbour Brewery' }).click();
    await waitForIslands(page);
    await expect(priorities).toHaveValue('Brewery: capacity for exports');
    const plans = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('ssm:v1:worksheet:account-plan')),
    );
    expect(plans).toHaveLength(2);
  });

  test('two tabs edit two opportunities at once', async ({ page, context }) => {
    const one = await addOpportunity(page, 'Tab one deal');
    const two = await addOpportunity(page, 'Tab two deal');
    const other = await context.newPage();
    await open(page, `/en/worksheets/cra-planner/?opportunity=${one}`);
    await open(other, `/en/worksheets/cra-planner/?opportunity=${two}`);
    await page.getByLabel('Client', { exact: true }).fill('Client of one');
    await other.getByLabel('Client', { exact: true }).fill('Client of two');
    await page.getByLabel('What drives it?').fill('Driver of one');
    await other.getByLabel('What drives it?').fill('Driver of two');
    await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Client of one');
    await expect(other.getByLabel('Client', { exact: true })).toHaveValue('Client of two');
    for (const [p, n] of [
      [page, 'one'],
      [other, 'two'],
    ] as const) {
      await p.reload();
      await waitForIslands(p);
      await expect(p.getByLabel('Client', { exact: true })).toHaveValue(`Client of ${n}`);
      await expect(p.getByLabel('What drives it?')).toHaveValue(`Driver of ${n}`);
    }
  });

  test('the four sales aids of stages 4 to 7 save, survive a reload and are linked from their stage', async ({
    page,
  }) => {
    await open(page, '/en/worksheets/close-plan/');
    await page.getByRole('button', { name: 'Add a walk-away point' }).click();
    await expect(page.getByLabel('Term: Walk-away point 1')).toBeFocused();
    await page.keyboard.type('Price');
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Term: Walk-away point 1')).toHaveValue('Price');
    for (const [slug, aid] of [
      ['qualifying', 'decision-support-plan'],
      ['conditionally-agreeing', 'conditions-of-agreement'],
      ['closing', 'close-plan'],
      ['implementing', 'success-measures'],
    ]) {
      await page.goto(`/en/stages/${slug}/`);
      await expect(page.getByTestId('stage-practice').locator(`a[href="/en/worksheets/${aid}/"]`)).toHaveCount(1);
    }
  });

  for (const lang of ['en', 'zh-cn']) {
    test(`the opportunities page and one opportunity pass axe (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, `/${lang}/opportunities/`);
      await expect(page.getByTestId('data-here')).toBeVisible();
      await expectAccessible(page);
      await page.locator('#opp-add-name').fill('A11y');
      await page.locator('form.opp-add button[type="submit"]').click();
      await expect(page.getByTestId('opportunity')).toBeVisible();
      await expectAccessible(page);
    });
    for (const aid of ['decision-support-plan', 'conditions-of-agreement', 'close-plan', 'success-measures']) {
      test(`${aid} passes axe with a row (${lang})`, async ({ page }) => {
        test.setTimeout(60_000);
        await open(page, `/${lang}/worksheets/${aid}/`);
        await page.locator('button.ws-add').first().click();
        await expectAccessible(page);
      });
    }
  }
});
