/**
 * A learner's work in Firefox: an exercise, a worksheet and a knowledge check are completed
 * and found again after a reload; two tabs of one profile see each other's changes; leaving
 * a page at once reports nothing.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  launchFirefox,
  origin,
  settle,
  skipReason,
  textOf,
  waitForText,
  watchPage,
  type Watch,
  waitUntil,
} from './helpers';

interface Contact {
  id: string;
  answer: { roles: string[]; stance: string; move: string };
}
interface Question {
  id: string;
  type: string;
  options?: { id: string; correct?: boolean }[];
}
const content = <T>(path: string) => parse(readFileSync(`content/${path}`, 'utf8')) as T;

describe.skipIf(skipReason)('learner work in Firefox', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    browser = await launchFirefox();
    page = await browser.newPage();
    watch = await watchPage(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, on = page) {
    await on.goto(origin() + path, { waitUntil: 'load' });
    await settle(on);
  }
  async function reload() {
    await page.reload({ waitUntil: 'load' });
    await settle(page);
  }

  test('an exercise answered in full scores 100% and keeps its score after a reload', async () => {
    await open('/en/exercises/loudest-voice/');
    const { contacts } = content<{ contacts: Contact[] }>('cases/en/loudest-voice.yaml');
    for (const { id, answer } of contacts) {
      for (const role of answer.roles) await page.click(`input[name="contact-${id}-roles"][value="${role}"]`);
      await page.click(`input[name="contact-${id}-stance"][value="${answer.stance}"]`);
      await page.select(`#contact-${id}-move`, answer.move);
    }
    await page.click('::-p-text(Check answers)');
    await waitForText(page, '[data-testid="exercise-result"]', 'Score: 100%');
    await reload();
    await waitForText(page, '[data-testid="exercise-result"]', 'Best score: 100%');
    const first = contacts[0]!;
    expect(await page.$eval(`#contact-${first.id}-move`, (el) => (el as HTMLSelectElement).value)).toBe(
      first.answer.move,
    );
  });

  test('a worksheet keeps what was typed after a reload and shows as started on the index', async () => {
    await open('/en/worksheets/cra-planner/');
    await page.type('#cra-client', 'Jade River Dairy');
    await waitForText(page, '[data-testid="saved-status"]', 'Saved in this browser');
    await reload();
    await waitUntil(
      page,
      () => (document.querySelector('#cra-client') as HTMLInputElement | null)?.value === 'Jade River Dairy',
    );
    await open('/en/worksheets/');
    expect(await page.$('[data-testid="status-cra-planner"][data-state="started"]')).not.toBeNull();
  });

  test('a knowledge check is scored, its best score stays after a reload, and disabled selects look disabled', async () => {
    await open('/en/checks/noticing/');
    const { questions } = content<{ questions: Question[] }>('checks/en/noticing.yaml');
    for (const q of questions) {
      for (const o of q.options?.filter((o) => o.correct) ?? []) await page.click(`[id="${q.id}--${o.id}"]`);
    }
    await page.click('[data-testid="quiz"] button[type="submit"]');
    await page.waitForSelector('[data-testid="quiz-result"]');
    const status = await textOf(page, '[data-testid="check-status-noticing"]');
    const best = /Best score: \d+%/.exec(status)?.[0];
    expect(best, status).toBeDefined();
    // Answers are locked once checked; Firefox must show the locked selects as disabled.
    const opacity = await page.$eval('[data-testid="quiz"] select:disabled', (el) => getComputedStyle(el).opacity);
    expect(Number(opacity)).toBeLessThan(1);
    await reload();
    await waitForText(page, '[data-testid="check-status-noticing"]', best!);
    await open('/en/checks/');
    await waitForText(page, '[data-testid="check-status-noticing"]', best!);
  });

  test('two tabs of one profile see each other’s changes without a reload', async () => {
    const { contacts } = content<{ contacts: Contact[] }>('cases/en/door-opener.yaml');
    const id = contacts[0]!.id;
    const other = await browser.newPage();
    const otherWatch = await watchPage(other);
    await open('/en/exercises/door-opener/');
    await open('/en/exercises/door-opener/', other);
    const role = `input[name="contact-${id}-roles"][value="evaluator"]`;
    const stance = `input[name="contact-${id}-stance"][value="opponent"]`;
    await page.click(role);
    await waitUntil(
      other,
      (s: string) => (document.querySelector(s) as HTMLInputElement).checked,
      { timeout: 10_000 },
      role,
    );
    await other.click(stance);
    await waitUntil(
      page,
      (s: string) => (document.querySelector(s) as HTMLInputElement).checked,
      { timeout: 10_000 },
      stance,
    );
    // Neither tab overwrote the other's newer change.
    expect(await page.$eval(role, (el) => (el as HTMLInputElement).checked)).toBe(true);
    await other.close();
    expect(otherWatch.problems).toEqual([]);
  });

  test('leaving a page just after it loads reports no error', async () => {
    for (let i = 0; i < 10; i++) {
      await page.goto(origin() + (i % 2 ? '/zh-cn/reference/' : '/en/stages/noticing/'), { waitUntil: 'load' });
    }
    await open('/en/');
  });

  test('nothing went wrong on the way', () => {
    expect(watch.problems).toEqual([]);
  });
});
