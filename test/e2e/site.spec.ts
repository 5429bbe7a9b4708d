import { expectAccessible, expect, test, waitForIslands } from './fixtures';

const stages = [
  'noticing',
  'identifying',
  'validating',
  'qualifying',
  'conditionally-agreeing',
  'closing',
  'implementing',
];

test.describe('stage pages', () => {
  for (const locale of ['en', 'zh-cn']) {
    test(`${locale}: every stage shows its verifiable outcome and evidence`, async ({ page }) => {
      for (const slug of stages) {
        await page.goto(`/${locale}/stages/${slug}/`);
        await expect(page.locator('#verifiable-outcome')).toBeVisible();
        await expect(page.getByTestId('outcome')).not.toBeEmpty();
        expect(await page.getByTestId('evidence').locator('li').count()).toBeGreaterThanOrEqual(2);
      }
    });
  }

  test('previous and next links walk through all seven stages', async ({ page }) => {
    await page.goto('/en/stages/noticing/');
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (const slug of stages.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/en/stages/${slug}/$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/en\/stages\/closing\/$/);
  });

  test('sections have stable anchors that work as deep links', async ({ page }) => {
    await page.goto('/zh-cn/stages/identifying/#vital-sign');
    for (const id of [
      'verifiable-outcome',
      'evidence',
      'purpose',
      'client-buying-stage',
      'activities',
      'roles',
      'sales-aids',
      'vital-sign',
      'running-case',
      'mistakes',
      'in-depth',
      'practice',
    ]) {
      await expect(page.locator(`#${id}`)).toHaveCount(1);
    }
    await expect(page.locator('#vital-sign')).toBeInViewport();
  });
});

test('the overview map links all seven stages in both languages', async ({ page }) => {
  for (const locale of ['en', 'zh-cn']) {
    await page.goto(`/${locale}/`);
    const links = page.locator('.stage-map a');
    await expect(links).toHaveCount(7);
    for (const [i, slug] of stages.entries())
      await expect(links.nth(i)).toHaveAttribute('href', `/${locale}/stages/${slug}/`);
  }
});

test('the root sends visitors to /en/', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the quick reference has seven rows', async ({ page }) => {
  await page.goto('/en/reference/');
  await expect(page.getByTestId('reference-table').locator('tbody tr')).toHaveCount(7);
});

test('the quick reference fits one A4 landscape page when printed', async ({ page }) => {
  await page.goto('/en/reference/');
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('the quick reference stays readable at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/zh-cn/reference/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('glossary links from stage pages land on existing terms', async ({ page }) => {
  await page.goto('/en/glossary/');
  const ids = new Set(await page.locator('.glossary .entry > h2').evaluateAll((els) => els.map((e) => e.id)));
  expect(ids.size).toBeGreaterThanOrEqual(30);
  for (const slug of stages) {
    await page.goto(`/en/stages/${slug}/`);
    const hrefs = await page
      .locator('a[href*="/glossary/#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(ids, `${slug}: ${href}`).toContain(href.split('#')[1]);
  }
});

test('the theme toggle switches to dark and remembers it', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the language switcher keeps the page and the anchor', async ({ page }) => {
  await page.goto('/en/stages/validating/#roles');
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/stages\/validating\/#roles$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an unknown page shows the 404 page', async ({ page, watch }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The browser logs the 404 status of the page itself; that one is expected.
  watch.errors = watch.errors.filter((e) => !e.includes('status of 404'));
});

test.describe('accessibility', () => {
  const pages = [
    '/en/',
    '/en/stages/noticing/',
    '/en/stages/closing/',
    '/en/reference/',
    '/en/glossary/',
    '/en/about/',
    '/zh-cn/',
    '/zh-cn/stages/validating/',
    '/zh-cn/reference/',
    '/zh-cn/glossary/',
    '/404.html',
  ];
  for (const path of pages) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page);
    });
    test(`axe finds no violations on ${path} in dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expectAccessible(page);
    });
  }
});

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  for (const path of [
    '/en/',
    '/zh-cn/stages/noticing/',
    '/en/exercises/loudest-voice/',
    '/en/search/',
    '/en/my-data/',
  ]) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toContain("'unsafe-inline'");
  }
});

// Each page's policy keeps only its own inline hashes (src/lib/page-policy.ts): every page
// type, in both languages, runs and hydrates without one refusal.
test('no page refuses its own scripts or styles under its trimmed policy', async ({ page }) => {
  await page.addInitScript(() => {
    const refused: string[] = [];
    (window as unknown as { refused: string[] }).refused = refused;
    document.addEventListener('securitypolicyviolation', (e) => refused.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const locale of ['en', 'zh-cn'])
    for (const path of [
      '/',
      '/stages/identifying/',
      '/reference/',
      '/glossary/',
      '/exercises/loudest-voice/',
      '/practice/closing-negotiation/',
      '/practice/identifying-cra-call/',
      '/review/',
      '/present/identifying/',
      '/worksheets/opportunity-assessment/',
      '/checks/noticing/',
      '/checks/final/',
      '/progress/',
      '/my-data/',
      '/opportunities/',
      '/workshop/',
      '/search/',
      '/facilitate/identifying/',
    ]) {
      await page.goto(`/${locale}${path}`);
      await waitForIslands(page);
      const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect(policy.match(/sha256-/g)?.length ?? 0, `${locale}${path}`).toBeLessThan(12);
      expect(
        await page.evaluate(() => (window as unknown as { refused: string[] }).refused),
        `${locale}${path}`,
      ).toEqual([]);
    }
});

test.describe('nothing scrolls sideways at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const pages = [
    '/en/',
    '/zh-cn/',
    '/en/stages/conditionally-agreeing/',
    '/zh-cn/stages/conditionally-agreeing/',
    '/en/glossary/',
    '/en/about/',
    '/en/exercises/',
    '/zh-cn/exercises/loudest-voice/',
    '/en/worksheets/opportunity-assessment/',
    '/zh-cn/worksheets/account-plan/',
    '/en/worksheets/unique-value/',
    '/en/checks/final/',
    '/zh-cn/checks/noticing/',
    '/en/progress/',
    '/zh-cn/my-data/',
    '/en/search/',
    '/en/facilitate/',
    '/zh-cn/facilitate/',
    '/en/facilitate/conditionally-agreeing/',
    '/zh-cn/facilitate/identifying/',
    '/en/facilitate/answer-keys/',
    '/zh-cn/facilitate/answer-keys/',
  ];
  for (const path of pages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await waitForIslands(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('a stage page prints without the site chrome, outcome first', async ({ page }) => {
  await page.goto('/en/stages/validating/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('footer.site-footer')).toBeHidden();
  await expect(page.locator('nav.stage-pager')).toBeHidden();
  await expect(page.locator('#verifiable-outcome')).toBeVisible();
  await expect(page.getByTestId('evidence')).toBeVisible();
});
