// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const T = '2026-11-20T10:00:00Z';
const check = (best: number) =>
  JSON.stringify({ v: 1, contentHash: 'h', attempts: 1, best, last: best, passed: best >= 80, updatedAt: T });

/** A fresh copy of the store modules, with storage seeded before they load. */
async function loadStores(seed: Record<string, string>) {
  localStorage.clear();
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  vi.resetModules();
  const learner = await import('../../src/stores/learner');
  const notices = await import('../../src/stores/notices');
  return { ...learner, ...notices };
}

describe('learner stores', () => {
  beforeEach(() => localStorage.clear());

  it('reads valid records and moves a corrupt one aside without touching the rest', async () => {
    const s = await loadStores({ 'ssm:v1:check:noticing': check(90), 'ssm:v1:check:closing': '{"v":1,"best":"high"}' });
    const unbind = s.$checks.listen(() => {});
    expect(s.$checks.get()).toEqual({ noticing: JSON.parse(check(90)) });
    await Promise.resolve();
    expect(localStorage.getItem('ssm:v1:check:closing')).toBeNull();
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('ssm:backup:ssm:v1:check:closing@'));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0]!)).toBe('{"v":1,"best":"high"}');
    expect(s.$setAside.get().map((x) => x.original)).toEqual(['ssm:v1:check:closing']);
    expect(localStorage.getItem('ssm:v1:check:noticing')).toBe(check(90));
    unbind();
  });

  it('keeps a newer-version record byte for byte and never writes over it', async () => {
    const future = '{"v":3,"shape":"unknown"}';
    const s = await loadStores({ 'ssm:v1:check:noticing': future });
    const unbind = s.$checks.listen(() => {});
    s.recordCheckAttempt('noticing', 'h', 50, 80);
    expect(localStorage.getItem('ssm:v1:check:noticing')).toBe(future);
    expect(s.$futureRecords.get()).toEqual(['ssm:v1:check:noticing']);
    unbind();
  });

  it('records attempts: best never drops, passing sticks', async () => {
    const s = await loadStores({});
    const unbind = s.$checks.listen(() => {});
    s.recordCheckAttempt('noticing', 'h', 90, 80);
    s.recordCheckAttempt('noticing', 'h', 40, 80);
    expect(s.$checks.get()['noticing']).toMatchObject({ attempts: 2, best: 90, last: 40, passed: true });
    expect(JSON.parse(localStorage.getItem('ssm:v1:check:noticing')!)).toMatchObject({ best: 90 });
    unbind();
  });

  it('an attempt after "show answer" neither raises the best score nor completes the case', async () => {
    const s = await loadStores({});
    const unbind = s.$exercises.listen(() => {});
    s.revealExercise('case-a', 'h');
    s.recordExerciseAttempt('case-a', 'h', 100, true);
    expect(s.$exercises.get()['case-a']).toMatchObject({ best: null, completedAt: null, attempts: 1 });
    s.retryExercise('case-a', 'h');
    s.recordExerciseAttempt('case-a', 'h', 70, true);
    expect(s.$exercises.get()['case-a']).toMatchObject({ best: 70, revealed: false });
    expect(s.$exercises.get()['case-a']?.completedAt).not.toBeNull();
    unbind();
  });

  it('builds on what another tab stored a moment ago, even before its storage event arrives', async () => {
    const s = await loadStores({});
    const unbind = s.$exercises.listen(() => {});
    s.answerContact('case-a', 'h', 'ann', { roles: ['approver'], stance: null, move: null });
    // Another tab adds an answer for another contact; this tab has not heard of it yet.
    const other = JSON.parse(localStorage.getItem('ssm:v1:exercise:case-a')!);
    other.answers.bob = { roles: ['sponsor'], stance: 'supporter', move: 'keep-sponsor-benefiting' };
    other.updatedAt = new Date().toISOString();
    localStorage.setItem('ssm:v1:exercise:case-a', JSON.stringify(other));
    s.answerContact('case-a', 'h', 'cai', { roles: ['evaluator'], stance: 'neutral', move: 'win-over' });
    const stored = JSON.parse(localStorage.getItem('ssm:v1:exercise:case-a')!);
    expect(Object.keys(stored.answers).sort()).toEqual(['ann', 'bob', 'cai']);
    unbind();
  });

  it('a failed write keeps the stored value and carries on in memory when no storage takes it', async () => {
    const s = await loadStores({ 'ssm:v1:check:noticing': check(60) });
    const unbind = s.$checks.listen(() => {});
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    s.recordCheckAttempt('noticing', 'h', 95, 80);
    setItem.mockRestore();
    expect(s.$checks.get()['noticing']).toMatchObject({ best: 95 });
    expect(localStorage.getItem('ssm:v1:check:noticing')).toBe(check(60));
    const { $storageHealth } = await import('../../src/stores/storage-engine');
    expect($storageHealth.get()).toBe('page');
    unbind();
  });

  it('3. what localStorage refuses is kept for the tab, across pages, and the health says so', async () => {
    const s = await loadStores({ 'ssm:v1:check:noticing': check(60) });
    const unbind = s.$checks.listen(() => {});
    const setItem = Storage.prototype.setItem;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (this === localStorage) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    });
    expect(s.recordCheckAttempt('noticing', 'h', 95, 80)).toBe(false);
    const { $storageHealth } = await import('../../src/stores/storage-engine');
    expect($storageHealth.get()).toBe('tab');
    expect(localStorage.getItem('ssm:v1:check:noticing')).toBe(check(60));
    unbind();
    // Another page of the same tab: a fresh copy of the modules still sees the kept record.
    vi.resetModules();
    const next = await import('../../src/stores/learner');
    const unbindNext = next.$checks.listen(() => {});
    expect(next.$checks.get()['noticing']).toMatchObject({ best: 95 });
    expect((await import('../../src/stores/storage-engine')).$storageHealth.get()).toBe('tab');
    spy.mockRestore();
    unbindNext();
    sessionStorage.clear();
  });

  it('6. a storage event older than the record held here is ignored', async () => {
    const s = await loadStores({});
    const unbind = s.$exercises.listen(() => {});
    s.answerContact('case-a', 'h', 'ann', { roles: ['approver'], stance: null, move: null });
    const mine = localStorage.getItem('ssm:v1:exercise:case-a')!;
    const older = JSON.stringify({ ...JSON.parse(mine), answers: {}, updatedAt: '2026-01-01T00:00:00Z' });
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'ssm:v1:exercise:case-a', newValue: older, storageArea: localStorage }),
    );
    expect(Object.keys(s.$exercises.get()['case-a']!.answers)).toEqual(['ann']);
    // A newer write from another tab is taken, with this tab's own fresh edit kept in.
    const newer = JSON.stringify({
      ...JSON.parse(mine),
      answers: {},
      attempts: 7,
      updatedAt: new Date(Date.now() + 1000).toISOString(),
    });
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'ssm:v1:exercise:case-a', newValue: newer, storageArea: localStorage }),
    );
    expect(s.$exercises.get()['case-a']).toMatchObject({ attempts: 7 });
    expect(Object.keys(s.$exercises.get()['case-a']!.answers)).toEqual(['ann']);
    unbind();
  });

  it('7. a record saved by a newer version is listed as read-only and never written', async () => {
    const future = '{"v":4,"body":{"fields":{"a":"typed in a newer tab"}}}';
    const s = await loadStores({ 'ssm:v1:worksheet:cra-planner': future });
    const unbind = s.$worksheets.listen(() => {});
    expect(s.worksheetStore.$future.get()).toEqual(['cra-planner']);
    expect(
      s.saveWorksheet(
        'cra-planner',
        null,
        'h',
        (b) => ({ ...b, fields: { a: 'old tab' } }),
        () => false,
      ),
    ).toBe(false);
    expect(localStorage.getItem('ssm:v1:worksheet:cra-planner')).toBe(future);
    unbind();
  });

  it('1. every write is validated: an invalid record never reaches storage', async () => {
    const s = await loadStores({});
    const unbind = s.$checks.listen(() => {});
    expect(
      s.checkStore.put('noticing', {
        v: 1,
        contentHash: '',
        attempts: 999_999,
        best: 90,
        last: 90,
        passed: true,
        updatedAt: '2026-11-20T10:00:00Z',
      }),
    ).toBe(false);
    expect(s.checkStore.put('constructor', JSON.parse(check(90)))).toBe(false);
    expect(localStorage.length).toBe(0);
    unbind();
  });

  it('"show the answer" keeps the learner\'s answers; "try again" keeps only those it is given', async () => {
    const s = await loadStores({});
    const unbind = s.$exercises.listen(() => {});
    const ann = { roles: ['approver' as const], stance: 'neutral' as const, move: null };
    s.answerContact('case-a', 'h', 'ann', ann);
    s.answerContact('case-a', 'h', 'bob', { roles: ['sponsor'], stance: null, move: null });
    s.revealExercise('case-a', 'h');
    expect(s.$exercises.get()['case-a']).toMatchObject({
      revealed: true,
      answers: { ann, bob: { roles: ['sponsor'] } },
    });
    s.retryExercise('case-a', 'h', { ann });
    expect(s.$exercises.get()['case-a']).toMatchObject({ revealed: false, answers: { ann } });
    expect(Object.keys(s.$exercises.get()['case-a']!.answers)).toEqual(['ann']);
    unbind();
  });

  it('practice records: answers saved as the learner works, an attempt keeps the best score', async () => {
    const s = await loadStores({});
    const practice = await import('../../src/stores/practice');
    const unbind = s.$practice.listen(() => {});
    practice.savePracticeAnswer('ex-a', 'h', { choices: { verdict: 'reached' }, flags: [], sequence: [] });
    expect(s.$practice.get()['ex-a']).toMatchObject({ checked: false, attempts: 0, completedAt: null });
    practice.recordPracticeAttempt('ex-a', 'h', { choices: { verdict: 'not-yet' }, flags: ['x'], sequence: [] }, 80);
    practice.recordPracticeAttempt('ex-a', 'h', { choices: { verdict: 'reached' }, flags: [], sequence: [] }, 40);
    expect(s.$practice.get()['ex-a']).toMatchObject({ checked: true, attempts: 2, best: 80, last: 40 });
    expect(JSON.parse(localStorage.getItem('ssm:v1:practice:ex-a')!)).toMatchObject({
      best: 80,
      answer: { choices: { verdict: 'reached' } },
    });
    unbind();
  });
});
