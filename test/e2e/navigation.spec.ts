/** Stage navigation and the guided path (issue 15): header entry, stage list, breadcrumb, current section, returning learner. */
import { expect, expectAccessible, seedStorage, test } from './fixtures';

const T = '2026-11-30T10:00:00Z';

test('the header leads to the guided path, which marks what is done and what is up next', async ({ page }) => {
  await seedStorage(page, { 'ssm:v1:read:noticing': JSON.stringify({ v: 1, readAt: T, updatedAt: T }) });
  await page.goto('/en/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .first()
    .getByRole('link', { name: 'Stages' })
    .click()
    .catch(async () => {
      await page.getByText('Menu').click();
      await page.getByRole('link', { name: 'Stages' }).first().click();
    });
  await expect(page).toHaveURL(/\/en\/stages\/$/);
  const path = page.getByTestId('stage-path');
  await expect(path.locator('[data-path-stage]')).toHaveCount(7);
  const first = path.locator('[data-path-stage="noticing"]');
  await expect(first.locator('[data-done="read:noticing"]')).toHaveAttribute('data-state', 'done');
  await expect(first.locator('[data-done="check:noticing"]')).toHaveAttribute('data-state', 'open');
  await expect(first.getByText('Up next')).toBeVisible();
  await expect(path.locator('[data-path-stage="identifying"]').getByText('Up next')).toBeHidden();
  await expect(first).toContainText(/about \d+ min/);
  await expect(first).toContainText('Knowledge check: 10 questions');
  await expectAccessible(page);
});

test('a stage page has a breadcrumb, the stage list on wide screens, and marks the section being read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/en/stages/validating/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en/');
  await expect(crumbs.getByRole('link', { name: 'Stages' })).toHaveAttribute('href', '/en/stages/');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Stage 3: Validating');
  const stageList = page
    .getByRole('navigation', { name: 'Stages' })
    .filter({ has: page.locator('ol') })
    .first();
  await expect(stageList.locator('[aria-current="page"]')).toContainText('Validating');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('[aria-current="true"]')).toHaveText('Verifiable outcome');
  await page.evaluate(() => document.getElementById('mistakes')!.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('[aria-current="true"]')).toHaveText('Common mistakes');
});

test('the home page greets a returning learner with where they left off', async ({ page }) => {
  await seedStorage(page, {
    'ssm:v1:last': JSON.stringify({ v: 1, path: '/en/stages/validating/', title: 'Stage 3: Validating', at: T }),
  });
  await page.goto('/en/');
  const resume = page.locator('[data-resume]');
  await expect(resume).toContainText('Welcome back. You were last working on: Stage 3: Validating.');
  await expect(resume.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/en/stages/validating/');
});

test('a first-time visitor sees no greeting, and the header says what its percentage is', async ({ page }) => {
  await page.goto('/zh-cn/');
  await expect(page.locator('[data-resume]')).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('[data-overall-progress]')).toContainText('学习进度');
});

test('counts use plural rules', async ({ page }) => {
  await page.goto('/en/exercises/');
  await expect(page.locator('main')).toContainText(/\d+ contacts/);
  await expect(page.locator('main')).not.toContainText(/\b1 contacts\b/);
  await page.goto('/en/checks/');
  await expect(page.locator('main')).toContainText(/\d+ questions/);
  await expect(page.locator('main')).not.toContainText(/\b1 questions\b/);
});

test('passing the final assessment gives a printable certificate, verifiable by its results code', async ({ page }) => {
  await page.goto('/en/certificate/');
  await expect(page.getByText('The certificate appears once you pass the final assessment')).toBeVisible();
  const final = { v: 1, contentHash: '', attempts: 2, best: 88, last: 88, passed: true, updatedAt: T };
  const check = (best: number) =>
    JSON.stringify({ v: 1, contentHash: '', attempts: 1, best, last: best, passed: true, updatedAt: T });
  await page.evaluate(
    ([f, c]) => {
      localStorage.setItem('ssm:v1:check:final', f!);
      localStorage.setItem('ssm:v1:check:noticing', c!);
      localStorage.setItem(
        'ssm:v1:read:noticing',
        JSON.stringify({ v: 1, readAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z' }),
      );
    },
    [JSON.stringify(final), check(90)],
  );
  await page.reload();
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Li Na');
  const certificate = page.locator('article.certificate');
  await expect(certificate).toContainText('Li Na');
  await expect(certificate).toContainText('passed the final assessment with 88% on November 30, 2026');
  await expect(certificate.locator('[data-certificate-stage="noticing"]')).toContainText('read · check 90%');
  const code = (await certificate.locator('[data-certificate-code]').textContent()) ?? '';
  expect(code).toMatch(/^SSM1;n=Li Na;/);
  await expectAccessible(page);

  // The code is a valid results code (its checksum is checked): the board's own tests read such codes.
  const { decodeResults } = await import('../../src/lib/results-code');
  const decoded = decodeResults(code);
  expect(decoded.ok && decoded.summary.checks.find((c) => c.id === 'final')?.best).toBe(88);

  // Printed, it is one page.
  await page.goto('/en/certificate/');
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Li Na');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
});

test('on the progress page every item not done yet is a link to where it is done', async ({ page }) => {
  await seedStorage(page, { 'ssm:v1:read:noticing': JSON.stringify({ v: 1, readAt: T, updatedAt: T }) });
  await page.goto('/en/progress/');
  const noticing = page.getByTestId('stage-progress-noticing');
  await expect(noticing).toContainText('Page read');
  await expect(noticing.getByRole('link', { name: /Page read/ })).toHaveCount(0);
  await expect(noticing.getByRole('link', { name: /knowledge check/i })).toHaveAttribute(
    'href',
    '/en/checks/noticing/',
  );
  const closing = page.locator('[data-testid^="stage-progress-"]').last();
  await expect(closing.getByRole('link').nth(1)).toHaveAttribute('href', /^\/en\/stages\/[a-z-]+\/$/);
});
