/** Stage navigation and the guided path (issue 15): header entry, stage list, breadcrumb, current section, returning learner. */
import { expect, expectAccessible, seedStorage, test } from './fixtures';

const T = '2026-11-30T10:00:00Z';

test('the header leads to the guided path, which marks what is done and what is up next', async ({ page }) => {
  await seedStorage(page, { 'ssm:v1:read:noticing': JSON.stringify({ v: 1, readAt: T, updatedAt: T }) });
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Stages' }).click().catch(async () => {
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

test('a stage page has a breadcrumb, the stage list on wide screens, and marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/en/stages/validating/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en/');
  await expect(crumbs.getByRole('link', { name: 'Stages' })).toHaveAttribute('href', '/en/stages/');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Stage 3: Validating');
  const stageList = page.getByRole('navigation', { name: 'Stages' }).filter({ has: page.locator('ol') }).first();
  await expect(stageList.locator('[aria-current="page"]')).toContainText('Validating');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('[aria-current="true"]')).toHaveText('Verifiable outcome');
  await page.evaluate(() => document.getElementById('mistakes')!.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('[aria-current="true"]')).toHaveText('Common mistakes');
});

test('the home page greets a returning learner with where they left off', async ({ page }) => {
  await seedStorage(page, { 'ssm:v1:last': JSON.stringify({ v: 1, path: '/en/stages/validating/', title: 'Stage 3: Validating', at: T }) });
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
