/**
 * The SCORM packages (npm run package → dist-lms/): their manifests, and the course run inside
 * an LMS played by scorm-again (test/lms/harness.html), served from a sub-folder straight out
 * of each zip. Also: the normal site never talks to an LMS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'yaml';
import type { Frame, Page } from '@playwright/test';
import { expect, seedStorage, test } from './fixtures';

const packages = ['en', 'zh-cn'].flatMap((locale) =>
  ['scorm12', 'scorm2004'].map((kind) => ({ locale, kind, name: `ssm-playbook-${locale}-${kind}` })),
);
const zip = (name: string) => unzipSync(readFileSync(`dist-lms/${name}.zip`));

interface Option {
  id: string;
  text: string;
  correct?: boolean;
}
type Question =
  | { id: string; type: 'single' | 'multiple'; options: Option[] }
  | { id: string; type: 'order'; items: { id: string; text: string }[] }
  | { id: string; type: 'match'; pairs: { id: string; term: string; definition: string }[] };
const pool = (slug: string) =>
  (parse(readFileSync(`content/checks/en/${slug}.yaml`, 'utf8')) as { questions: Question[] }).questions;

test.describe('package files', () => {
  test('dist-lms holds the four packages', () => {
    expect(readdirSync('dist-lms').sort()).toEqual(packages.map((p) => `${p.name}.zip`).sort());
  });

  for (const p of packages) {
    test(`${p.name}: the manifest parses, names one SCO in the package's language, and lists exactly the files of the zip`, async ({
      page,
    }) => {
      const files = zip(p.name);
      const xml = strFromU8(files['imsmanifest.xml']!);
      await page.goto('/en/');
      const manifest = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const byName = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          schemaversion: byName('schemaversion')[0]?.textContent,
          title: byName('organization')[0]?.getElementsByTagNameNS('*', 'title')[0]?.textContent,
          description: byName('description')[0]?.textContent?.trim(),
          items: byName('item').map((i) => i.getAttribute('identifierref')),
          scos: byName('resource')
            .filter((r) => (r.getAttribute('adlcp:scormtype') ?? r.getAttribute('adlcp:scormType')) === 'sco')
            .map((r) => ({ id: r.getAttribute('identifier'), href: r.getAttribute('href') })),
          files: byName('file').map((f) => decodeURI(f.getAttribute('href') ?? '')),
        };
      }, xml);
      expect(manifest.error).toBe(false);
      expect(manifest.schemaversion).toBe(p.kind === 'scorm12' ? '1.2' : '2004 4th Edition');
      expect(manifest.scos).toEqual([{ id: 'sco', href: `${p.locale}/lms/index.html` }]);
      expect(manifest.items).toEqual(['sco']);
      expect(manifest.title).toBe(p.locale === 'en' ? 'SSM Playbook course' : 'SSM 销售方法课程');
      expect(manifest.description).toMatch(p.locale === 'en' ? /Signature Selling Method/ : /[\u4e00-\u9fff]/);
      const inZip = Object.keys(files)
        .filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'))
        .sort();
      expect([...manifest.files].sort()).toEqual(inZip);
      expect(inZip).toContain(`${p.locale}/index.html`);
      expect(inZip).not.toContain('sw.js');
      // No page or script points at the server's root or at the public site.
      for (const file of inZip.filter(
        (f) => /\.(html|css)$/.test(f) || (f.startsWith('_astro/') && f.endsWith('.js')),
      )) {
        const text = strFromU8(files[file]!);
        expect(text, file).not.toMatch(/(["'(=`]|&quot;)\/(en|zh-cn|_astro|pagefind)\//);
        expect(text, file).not.toContain('https://ssm-playbook.example');
      }
    });
  }
});

interface LmsLog {
  calls: Record<string, number>;
  commits: Record<string, unknown>[];
  errors: string[];
}
const lmsLog = (page: Page) =>
  page.evaluate(() => {
    const { calls, commits, errors } = (window as unknown as { lms: LmsLog }).lms;
    return { calls, commits, errors };
  });
const last = (log: LmsLog) => log.commits.at(-1) as { core?: Record<string, unknown>; [key: string]: unknown };

/** The frame the site's pages load in (harness → launch page → site). */
async function siteFrame(page: Page, path: RegExp): Promise<Frame> {
  const isSite = (f: Frame) => path.test(f.url()) && !/\/lms\/index\.html$/.test(f.url());
  await expect.poll(() => page.frames().some(isSite)).toBe(true);
  const frame = page.frames().find(isSite)!;
  await frame.waitForLoadState();
  await frame.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
  );
  return frame;
}

async function answerCorrectly(frame: Frame, q: Question) {
  const card = frame.locator(`#q-${q.id}`);
  if (q.type === 'single' || q.type === 'multiple') {
    for (const o of q.options.filter((o) => o.correct))
      await card.getByRole(q.type === 'single' ? 'radio' : 'checkbox', { name: o.text.trim(), exact: true }).check();
  } else if (q.type === 'order') {
    for (const [index, item] of q.items.entries())
      await card.getByRole('combobox', { name: `Position: ${item.text.trim()}` }).selectOption(String(index + 1));
  } else if (q.type === 'match') {
    for (const pair of q.pairs)
      await card.getByRole('combobox', { name: pair.term.trim(), exact: true }).selectOption(pair.id);
  }
}

test.describe('the course inside an LMS (scorm-again)', () => {
  test.use({ serviceWorkers: 'allow' });

  for (const kind of ['scorm12', 'scorm2004'] as const) {
    test(`${kind}: one session across page changes, reports after a check and the final, and a new device gets the progress back`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(90_000);
      const v12 = kind === 'scorm12';
      await page.goto(`/lms/harness.html?pkg=ssm-playbook-en-${kind}`);
      let frame = await siteFrame(page, /\/lms\/course\/[^/]+\/en\/index\.html$/);
      await expect(frame.locator('h1')).toBeVisible();

      // Page changes inside the package: links are relative and end in index.html.
      await frame.locator('header a[href$="checks/index.html"]').first().click();
      frame = await siteFrame(page, /\/en\/checks\/index\.html$/);
      await frame.locator('a[href$="checks/noticing/index.html"]').first().click();
      frame = await siteFrame(page, /\/en\/checks\/noticing\/index\.html$/);
      for (const q of pool('noticing')) await answerCorrectly(frame, q);
      await frame.getByRole('button', { name: 'Check answers' }).click();
      await expect(frame.getByTestId('quiz-result')).toContainText('Passed');

      await expect.poll(async () => JSON.stringify(last(await lmsLog(page)))).toContain('noticing');
      let log = await lmsLog(page);
      let data = last(log);
      if (v12) {
        expect(data.core!['lesson_status']).toBe('incomplete');
      } else {
        expect(data['completion_status']).toBe('incomplete');
        expect(data['success_status']).toBe('unknown');
        expect(Number(data['progress_measure'])).toBeGreaterThan(0);
      }

      // The final assessment, answered badly: reported as failed, with its score.
      await frame.locator('header a[href$="checks/index.html"]').first().click();
      frame = await siteFrame(page, /\/en\/checks\/index\.html$/);
      await frame.locator('a[href$="checks/final/index.html"]').first().click();
      frame = await siteFrame(page, /\/en\/checks\/final\/index\.html$/);
      await frame.getByRole('button', { name: 'Start the assessment' }).click();
      await frame.getByRole('radio').first().check();
      await frame.getByRole('button', { name: 'Check answers' }).click();
      await expect(frame.getByTestId('quiz-result')).toContainText('Score:');
      const shown = Number(/Score: (\d+)%/.exec((await frame.getByTestId('quiz-result').textContent()) ?? '')?.[1]);

      await expect
        .poll(async () => JSON.stringify(last(await lmsLog(page))))
        .toContain(v12 ? '"lesson_status":"failed"' : '"success_status":"failed"');
      log = await lmsLog(page);
      data = last(log);
      const score = (
        v12 ? (data.core!['score'] as Record<string, string>) : (data['score'] as Record<string, string>)
      )!;
      expect(Number(score['raw'])).toBe(shown);
      expect(score['min']).toBe('0');
      expect(score['max']).toBe('100');
      if (!v12) expect(Number(score['scaled'])).toBeCloseTo(shown / 100);
      expect(log.calls[v12 ? 'LMSInitialize' : 'Initialize']).toBe(1);
      expect(log.calls[v12 ? 'LMSCommit' : 'Commit']).toBeGreaterThanOrEqual(3);
      expect(log.errors).toEqual([]);
      // No service worker inside the package.
      expect(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

      // The LMS closes the course: terminated once, exit "suspend", session time set.
      await page.evaluate(() => document.getElementById('sco')!.remove());
      await expect.poll(async () => (await lmsLog(page)).calls[v12 ? 'LMSFinish' : 'Terminate']).toBe(1);
      log = await lmsLog(page);
      data = last(log);
      expect(log.calls[v12 ? 'LMSInitialize' : 'Initialize']).toBe(1);
      expect(log.errors).toEqual([]);
      const suspend = String(data['suspend_data']);
      expect(suspend.length).toBeLessThanOrEqual(v12 ? 4096 : 64_000);
      expect(JSON.parse(suspend).r.check.noticing.passed).toBe(true);
      if (v12) {
        expect(data.core!['exit']).toBe('suspend');
        expect(String(data.core!['session_time'])).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      } else {
        expect(data['exit']).toBe('suspend');
        expect(String(data['session_time'])).toMatch(/^PT/);
      }
      const location = String(v12 ? data.core!['lesson_location'] : data['location']);
      expect(location).toBe('/en/checks/final/');

      // Another device: nothing stored, the LMS gives back what it kept.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const fresh = await context.newPage();
      const kept = v12
        ? { core: { lesson_location: location, lesson_status: 'failed', entry: 'resume' }, suspend_data: suspend }
        : {
            location,
            completion_status: 'incomplete',
            success_status: 'failed',
            entry: 'resume',
            suspend_data: suspend,
          };
      await fresh.addInitScript(
        (start) => ((window as unknown as { lmsStartData: unknown }).lmsStartData = start),
        kept,
      );
      await fresh.goto(`/lms/harness.html?pkg=ssm-playbook-en-${kind}`);
      // It resumes where the learner left off.
      let other = await siteFrame(fresh, /\/en\/checks\/final\/index\.html$/);
      await other.locator('header a[href$="checks/index.html"]').first().click();
      other = await siteFrame(fresh, /\/en\/checks\/index\.html$/);
      await expect(other.getByTestId('check-status-noticing')).toContainText('Best score: 100%');
      await expect(other.getByTestId('check-status-final')).toContainText('Attempts: 1');
      const again = await lmsLog(fresh);
      expect(again.errors).toEqual([]);
      await context.close();
    });
  }
});

test.describe('inside an LMS, more', () => {
  test('search works inside the package and its results stay in it; so does the language switch', async ({ page }) => {
    await page.goto('/lms/harness.html?pkg=ssm-playbook-zh-cn-scorm2004');
    let frame = await siteFrame(page, /\/zh-cn\/index\.html$/);
    await frame.locator('header a[href$="search/index.html"]').first().click();
    frame = await siteFrame(page, /\/zh-cn\/search\/index\.html$/);
    await frame.getByRole('searchbox').fill('关键决策负责人');
    const hit = frame.locator('[data-search-results] a').first();
    await expect(hit).toHaveAttribute('href', /^\.\.\/\.\.\/zh-cn\/[a-z/-]+index\.html(#.+)?$/);
    await hit.click();
    frame = await siteFrame(page, /\/lms\/course\/ssm-playbook-zh-cn-scorm2004\/zh-cn\/(?!search).+index\.html/);
    await frame.locator('a[hreflang="en"]').first().click();
    frame = await siteFrame(page, /\/lms\/course\/ssm-playbook-zh-cn-scorm2004\/en\/.+index\.html/);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    expect((await lmsLog(page)).calls['Initialize']).toBe(1);
  });

  test('1.2: work that does not fit in 4,096 characters is named on My data and stays in the browser', async ({
    page,
  }) => {
    const sheet = (minute: number) =>
      JSON.stringify({
        v: 1,
        contentHash: 'x',
        completed: false,
        startedAt: '2026-11-30T10:00:00Z',
        updatedAt: `2026-11-30T10:${minute}:00Z`,
        body: { fields: { notes: 'Which initiative does the sponsor own, and what would prove it? '.repeat(45) } },
      });
    await seedStorage(page, { 'ssm:v1:worksheet:account-plan': sheet(10), 'ssm:v1:worksheet:unique-value': sheet(20) });
    await page.goto('/lms/harness.html?pkg=ssm-playbook-en-scorm12');
    let frame = await siteFrame(page, /\/en\/index\.html$/);
    await frame.locator('footer a[href$="my-data/index.html"]').click();
    frame = await siteFrame(page, /\/en\/my-data\/index\.html$/);
    const notice = frame.locator('[data-lms-not-fit]');
    await expect(notice).toContainText('4,096');
    await expect(notice).toContainText('1 worksheet');
    const data = last(await lmsLog(page));
    expect(String(data['suspend_data']).length).toBeLessThanOrEqual(4096);
    expect(JSON.parse(String(data['suspend_data'])).r.worksheet).toHaveProperty('unique-value');
    expect(await frame.evaluate(() => localStorage.getItem('ssm:v1:worksheet:account-plan'))).not.toBeNull();
  });

  test('a refused commit is shown to the learner once and loses no local work', async ({ page }) => {
    await page.goto('/lms/harness.html?pkg=ssm-playbook-en-scorm2004&fail=commit');
    let frame = await siteFrame(page, /\/en\/index\.html$/);
    const launch = page.frames().find((f) => /\/en\/lms\/index\.html$/.test(f.url()))!;
    const notice = launch.locator('[data-lms-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('did not accept');
    await expect(notice).toContainText('Commit');
    await notice.getByRole('button', { name: 'Hide this message' }).click();
    await expect(notice).toBeHidden();
    const commits = (await lmsLog(page)).calls['Commit']!;
    // Reading a stage: recorded locally; the commit is refused again, and the learner is not told twice.
    await frame.locator('a[href$="stages/noticing/index.html"]').first().click();
    frame = await siteFrame(page, /\/en\/stages\/noticing\/index\.html$/);
    await frame.locator('#practice').scrollIntoViewIfNeeded();
    await expect.poll(() => frame.evaluate(() => localStorage.getItem('ssm:v1:read:noticing'))).not.toBeNull();
    await expect.poll(async () => (await lmsLog(page)).calls['Commit']).toBeGreaterThan(commits);
    await expect(notice).toBeHidden();
  });
});

test('the normal site makes no LMS call and loads no LMS code, even with an API around', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { lmsCalls: string[] }).lmsCalls = calls;
    const spy = (name: string) =>
      new Proxy(
        {},
        {
          get: (_, key) =>
            typeof key === 'string'
              ? (...args: unknown[]) => (calls.push(`${name}.${key}(${args.join()})`), 'true')
              : undefined,
        },
      );
    Object.assign(window, { API: spy('API'), API_1484_11: spy('API_1484_11') });
  });
  await page.goto('/en/');
  await page.goto('/en/checks/noticing/');
  await page.goto('/en/stages/noticing/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls)).toEqual([]);
  expect(scripts.filter((url) => /lms/i.test(url))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.dataset['lms'])).toBeUndefined();
  // The launch page of the packages, opened on the normal site, just opens the home page.
  await page.goto('/zh-cn/lms/');
  await expect(page).toHaveURL(/\/zh-cn\/$/);
  expect(await page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls)).toEqual([]);
});
