/**
 * The instructors' pages: the facilitator guide, its stage modules and the answer keys, in
 * both languages. They render without islands, stay out of the learners' header and
 * search, pass axe in both themes and print cleanly; My data's next-participant panel
 * exports first and clears only after a confirmation.
 */
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, seedStorage, storageSnapshot, test, waitForIslands } from './fixtures';

const locales = ['en', 'zh-cn'] as const;
const stages = [
  'noticing',
  'identifying',
  'validating',
  'qualifying',
  'conditionally-agreeing',
  'closing',
  'implementing',
];
const newPages = locales.flatMap((l) => [
  `/${l}/facilitate/`,
  ...stages.map((s) => `/${l}/facilitate/${s}/`),
  `/${l}/facilitate/answer-keys/`,
]);

test.describe('facilitator guide', () => {
  for (const locale of locales) {
    test(`${locale}: the index lists seven modules and two workshop plans whose module links work`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/facilitate/`);
      const modules = page.getByTestId('module-list').locator('h3 a');
      await expect(modules).toHaveCount(7);
      for (const [i, slug] of stages.entries())
        await expect(modules.nth(i)).toHaveAttribute('href', `/${locale}/facilitate/${slug}/`);
      await expect(page.getByTestId('plan-one-day').locator('h4')).toHaveCount(1);
      await expect(page.getByTestId('plan-two-day').locator('h4')).toHaveCount(2);
      // The two-day plan links every module.
      const planned = await page
        .getByTestId('plan-two-day')
        .locator('.timetable a[href*="/facilitate/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(planned).toEqual(stages.map((s) => `/${locale}/facilitate/${s}/`));
    });

    test(`${locale}: every module page shows objectives, an agenda that adds up, and links that open`, async ({
      page,
      request,
    }) => {
      const linked = new Set<string>();
      for (const slug of stages) {
        await page.goto(`/${locale}/facilitate/${slug}/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const objectives = await page.getByTestId('objectives').locator('li').count();
        expect(objectives).toBeGreaterThanOrEqual(3);
        expect(objectives).toBeLessThanOrEqual(5);
        const minutes = await page
          .getByTestId('agenda')
          .locator('> li')
          .evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-minutes'))));
        const total = minutes.reduce((a, b) => a + b, 0);
        expect(total).toBeGreaterThanOrEqual(60);
        expect(total).toBeLessThanOrEqual(90);
        await expect(page.locator('.meta strong')).toContainText(String(total));
        const hrefs = await page.locator('.practice a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(hrefs, slug).toContain(`/${locale}/checks/${slug}/`);
        for (const href of hrefs) linked.add(href);
        await expect(page.locator('astro-island')).toHaveCount(0);
      }
      for (const href of linked) expect((await request.get(href)).status(), href).toBe(200);
    });
  }

  test('reached from the footer and the workshop page, not from the header', async ({ page }) => {
    await page.goto('/en/stages/noticing/');
    await expect(page.locator('header.site-header a[href="/en/facilitate/"]')).toHaveCount(0);
    await page.locator('footer.site-footer').getByRole('link', { name: 'For instructors' }).click();
    await expect(page).toHaveURL(/\/en\/facilitate\/$/);
    await page.goto('/zh-cn/workshop/');
    await page.locator('main').getByRole('link', { name: '讲师指南' }).click();
    await expect(page).toHaveURL(/\/zh-cn\/facilitate\/$/);
  });

  test('the pages ship no island and are left out of the search index', async ({ page }) => {
    for (const path of [`/en/facilitate/`, `/zh-cn/facilitate/closing/`, `/en/facilitate/answer-keys/`]) {
      await page.goto(path);
      await expect(page.locator('astro-island')).toHaveCount(0);
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    }
    // Ask Pagefind itself: words that only the instructors' pages use find none of them.
    await page.goto('/en/search/');
    const urls = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const found: string[] = [];
      for (const term of ['sponsor', 'flip chart', 'misconceptions', 'debrief', 'reasoning']) {
        const search = await pagefind.search(term);
        const data = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        found.push(...data.map((d) => d.url));
      }
      return found;
    });
    expect(urls.length, 'the control term finds learner pages').toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('/facilitate/'))).toEqual([]);
  });
});

test.describe('answer keys', () => {
  for (const locale of locales) {
    test(`${locale}: every case's contacts and every stage check are on the page`, async ({ page }) => {
      await page.goto(`/${locale}/facilitate/answer-keys/`);
      await expect(page.getByTestId('case-key')).toHaveCount(7);
      await expect(page.getByTestId('check-key')).toHaveCount(7);
      expect(await page.locator('.contact').count()).toBeGreaterThanOrEqual(35);
      expect(await page.locator('.key-question').count()).toBeGreaterThanOrEqual(56);
    });
  }

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on ${format}: each case on its own page, no site chrome, nothing cut off at the side`, async ({
      page,
    }) => {
      await page.goto('/en/facilitate/answer-keys/');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.site-header')).toBeHidden();
      await expect(page.locator('footer.site-footer')).toBeHidden();
      const breaks = await page
        .getByTestId('case-key')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
      expect(breaks).toEqual(['auto', ...Array(6).fill('page')]);
      const checkBreaks = await page
        .getByTestId('check-key')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
      expect(checkBreaks.slice(1)).toEqual(Array(6).fill('page'));
      const pdf = await page.pdf({ format });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // Seven cases and seven checks each start a page; a key that fits in very few pages lost its breaks.
      expect(pages).toBeGreaterThanOrEqual(14);
      expect(pages).toBeLessThanOrEqual(45);
      const paperWidth = format === 'A4' ? 794 : 816;
      await page.setViewportSize({ width: paperWidth - 96, height: 1000 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("accessibility of the instructors' pages", () => {
  for (const path of newPages) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe: ${path} (${scheme})`, async ({ page }) => {
        // The answer keys are one long page (every case and question): axe needs longer on a busy machine.
        test.slow(path.endsWith('/answer-keys/'));
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectAccessible(page);
      });
    }
  }
});

test.describe('next participant on a shared laptop', () => {
  const T = '2026-11-20T10:00:00Z';
  const stored = {
    'ssm:v1:check:noticing': JSON.stringify({
      v: 1,
      contentHash: '',
      attempts: 1,
      best: 90,
      last: 90,
      passed: true,
      updatedAt: T,
    }),
    'ssm:v1:read:noticing': JSON.stringify({ v: 1, readAt: T, updatedAt: T }),
  };

  test('offers the export first, then clears everything after a confirmation', async ({ page }) => {
    await seedStorage(page, stored);
    await page.goto('/en/my-data/');
    await waitForIslands(page);
    const panel = page.getByTestId('next-participant');
    await panel.getByRole('button', { name: 'Prepare for the next participant…' }).click();
    await expect(panel).toContainText('Step 1 of 2');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download my data' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported).toMatchObject({
      format: 'ssm-playbook',
      records: { check: { noticing: { best: 90 } }, read: { noticing: {} } },
    });
    await expect(panel.getByRole('status')).toBeVisible();
    expect(Object.keys(await storageSnapshot(page))).toHaveLength(2);

    await panel.getByRole('button', { name: 'Go on to clearing…' }).click();
    const confirm = panel.getByRole('alertdialog');
    await expect(confirm).toContainText('cannot be undone');
    await confirm.getByRole('button', { name: 'Yes, clear for the next participant' }).click();
    await expect(panel).toContainText('ready for the next participant');
    expect(Object.keys(await storageSnapshot(page)).filter((k) => k.startsWith('ssm:v1:'))).toEqual([]);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByTestId('stored-summary')).toContainText('0 stages read, 0 exercises, 0 knowledge checks');
  });

  test('cancelling at either step keeps everything', async ({ page }) => {
    await seedStorage(page, stored);
    await page.goto('/zh-cn/my-data/');
    await waitForIslands(page);
    const before = await storageSnapshot(page);
    const panel = page.getByTestId('next-participant');
    await panel.getByRole('button', { name: '为下一位学员做准备…' }).click();
    await panel.getByRole('button', { name: '取消' }).click();
    await panel.getByRole('button', { name: '为下一位学员做准备…' }).click();
    await panel.getByRole('button', { name: '继续，进入清除步骤…' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
    await expect(panel.getByRole('alertdialog')).toHaveCount(0);
    expect(await storageSnapshot(page)).toEqual(before);
  });
});
