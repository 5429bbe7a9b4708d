// @vitest-environment jsdom
// The persistent map of one record kind (src/stores/record-map.ts), on its own: reading and
// validating, setting aside, newer-version records, writes and their refusals.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordStore } from '../../src/stores/record-map';

const T = '2026-11-20T10:00:00Z';
const LATER = '2026-11-21T10:00:00Z';
const setItem = Storage.prototype.setItem;
/** Makes localStorage refuse writes of the keys `refuse` picks (session storage still works). */
const refuseWrites = (refuse: (key: string) => boolean) =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (this === localStorage && refuse(key)) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
const check = (best: number, updatedAt = T) => ({
  v: 1,
  contentHash: 'h',
  attempts: 1,
  best,
  last: best,
  passed: best >= 80,
  updatedAt,
});
type Check = ReturnType<typeof check>;

/** A fresh check store over storage seeded before the modules load, not yet mounted. */
async function unmounted(seed: Record<string, string> = {}, beforeLoad = () => {}) {
  // Earlier tests' stores tell other tabs of their writes (BroadcastChannel, delivered later):
  // let those messages land before this test's store exists, or prepare()'s pauses take them in.
  await new Promise((resolve) => setTimeout(resolve, 20));
  localStorage.clear();
  sessionStorage.clear();
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  beforeLoad();
  vi.resetModules();
  const { recordStore } = await import('../../src/stores/record-map');
  const notices = await import('../../src/stores/notices');
  return { store: recordStore('check') as unknown as RecordStore<Check>, notices };
}

/** The same, mounted. */
async function checkStore(seed: Record<string, string> = {}, beforeLoad = () => {}) {
  const { store, notices } = await unmounted(seed, beforeLoad);
  const unbind = store.$map.listen(() => {});
  return { store, notices, unbind };
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('recordStore', () => {
  it('reads valid records from their own keys and leaves other kinds alone', async () => {
    const { store, unbind } = await checkStore({
      'ssm:v1:check:noticing': JSON.stringify(check(90)),
      'ssm:v1:exercise:loudest-voice': '{"not":"a check"}',
    });
    expect(store.$records.get()).toEqual({ noticing: check(90) });
    expect(localStorage.getItem('ssm:v1:exercise:loudest-voice')).toBe('{"not":"a check"}');
    unbind();
  });

  it('moves an invalid value to a backup key, reports it, and drops it from the map', async () => {
    const bad = '{"v":1,"best":"high"}';
    const { store, notices, unbind } = await checkStore({ 'ssm:v1:check:closing': bad });
    expect(store.$records.get()).toEqual({});
    await Promise.resolve();
    expect(localStorage.getItem('ssm:v1:check:closing')).toBeNull();
    const backup = Object.keys(localStorage).find((k) => k.startsWith('ssm:backup:ssm:v1:check:closing@'));
    expect(backup && localStorage.getItem(backup)).toBe(bad);
    expect(notices.$setAside.get()).toMatchObject([{ key: backup, original: 'ssm:v1:check:closing' }]);
    unbind();
  });

  it('keeps an invalid value in place when its backup cannot be written', async () => {
    const bad = 'not json';
    const { notices, unbind } = await checkStore({ 'ssm:v1:check:closing': bad }, () =>
      refuseWrites((key) => key.startsWith('ssm:backup:')),
    );
    await Promise.resolve();
    expect(localStorage.getItem('ssm:v1:check:closing')).toBe(bad);
    expect(notices.$setAside.get()).toMatchObject([{ key: 'ssm:v1:check:closing', original: 'ssm:v1:check:closing' }]);
    unbind();
  });

  it('never writes over a record from a newer version, and lists it as future', async () => {
    const future = '{"v":99,"shape":"unknown"}';
    const { store, notices, unbind } = await checkStore({ 'ssm:v1:check:noticing': future });
    expect(store.$future.get()).toEqual(['noticing']);
    expect(store.put('noticing', check(50))).toBe(false);
    expect(store.put('noticing', undefined)).toBe(false);
    expect(localStorage.getItem('ssm:v1:check:noticing')).toBe(future);
    expect(notices.$futureRecords.get()).toEqual(['ssm:v1:check:noticing']);
    unbind();
  });

  it('validates before writing: a bad value or a bad id writes nothing', async () => {
    const { store, unbind } = await checkStore({});
    expect(store.put('noticing', { ...check(50), best: 200 })).toBe(false);
    for (const id of ['__proto__', 'constructor', 'Has Spaces', '']) expect(store.put(id, check(50))).toBe(false);
    expect(Object.keys(localStorage)).toEqual([]);
    expect(store.put('noticing', check(50))).toBe(true);
    expect(JSON.parse(localStorage.getItem('ssm:v1:check:noticing')!)).toEqual(check(50));
    expect(store.put('noticing', undefined)).toBe(true);
    expect(localStorage.getItem('ssm:v1:check:noticing')).toBeNull();
    unbind();
  });

  it('says when storage refused a write, and keeps the value for this tab', async () => {
    const { store, unbind } = await checkStore({});
    refuseWrites(() => true);
    expect(store.put('noticing', check(70))).toBe(false);
    expect(store.$records.get()['noticing']).toEqual(check(70));
    expect(store.latest('noticing')).toEqual(check(70));
    unbind();
  });

  it('latest() reads storage itself, so a value another tab just wrote is not missed', async () => {
    const { store, unbind } = await checkStore({ 'ssm:v1:check:noticing': JSON.stringify(check(60)) });
    localStorage.setItem('ssm:v1:check:noticing', JSON.stringify(check(85, LATER)));
    expect(store.$records.get()['noticing']).toEqual(check(60));
    expect(store.latest('noticing')).toEqual(check(85, LATER));
    expect(store.latest('closing')).toBeUndefined();
    unbind();
  });

  it('update() changes the freshest value and writes it', async () => {
    const { store, unbind } = await checkStore({ 'ssm:v1:check:noticing': JSON.stringify(check(60)) });
    localStorage.setItem('ssm:v1:check:noticing', JSON.stringify(check(85, LATER)));
    const ok = store.update('noticing', (current) => current && { ...current, attempts: current.attempts + 1 });
    expect(ok).toBe(true);
    expect(JSON.parse(localStorage.getItem('ssm:v1:check:noticing')!)).toEqual({ ...check(85, LATER), attempts: 2 });
    unbind();
  });
});

describe('recordStore.prepare', () => {
  it('reads every record ahead in slices, then holds exactly what a plain mount reads', async () => {
    const seed = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`ssm:v1:check:c${i}`, JSON.stringify(check(i % 100))]),
    );
    const { store } = await unmounted(seed);
    await store.prepare();
    const records = store.$records.get();
    // (Other tests' stores may still message this one: only this test's records are counted.)
    expect(Object.keys(records).filter((k) => /^c\d+$/.test(k))).toHaveLength(300);
    expect(records['c42']).toEqual(check(42));
    // Mounted: a later write reaches storage and the store at once.
    expect(store.put('c42', check(95, LATER))).toBe(true);
    expect(JSON.parse(localStorage.getItem('ssm:v1:check:c42')!).best).toBe(95);
    expect(store.$records.get()['c42']!.best).toBe(95);
  });

  it('still sets an invalid value aside and keeps a newer version untouched', async () => {
    const bad = '{"v":1,"best":"high"}';
    const future = JSON.stringify({ ...check(50), v: 99 });
    const { store, notices } = await unmounted({
      'ssm:v1:check:closing': bad,
      'ssm:v1:check:later': future,
      'ssm:v1:check:noticing': JSON.stringify(check(90)),
    });
    await store.prepare();
    await Promise.resolve();
    expect(store.$records.get()).toEqual({ noticing: check(90) });
    expect(store.$future.get()).toEqual(['later']);
    expect(localStorage.getItem('ssm:v1:check:later')).toBe(future);
    const backup = Object.keys(localStorage).find((k) => k.startsWith('ssm:backup:ssm:v1:check:closing@'));
    expect(backup && localStorage.getItem(backup)).toBe(bad);
    expect(notices.$setAside.get().length).toBeGreaterThan(0);
  });

  it('reads a value changed while it was reading as it is now, not as it was read ahead', async () => {
    const { store } = await unmounted({ 'ssm:v1:check:noticing': JSON.stringify(check(60)) });
    const preparing = store.prepare();
    localStorage.setItem('ssm:v1:check:noticing', JSON.stringify(check(75, LATER)));
    await preparing;
    expect(store.$records.get()['noticing']).toEqual(check(75, LATER));
  });
});

describe('storage engine', () => {
  it('does not rewrite a value that is stored as it is (a mount writes every value back)', async () => {
    const { store, unbind } = await checkStore({ 'ssm:v1:check:noticing': JSON.stringify(check(90)) });
    const spy = vi.spyOn(Storage.prototype, 'setItem');
    expect(store.put('noticing', check(90))).toBe(true);
    expect(spy.mock.calls.filter(([k]) => k === 'ssm:v1:check:noticing')).toHaveLength(0);
    expect(store.put('noticing', check(91))).toBe(true);
    expect(spy.mock.calls.filter(([k]) => k === 'ssm:v1:check:noticing')).toHaveLength(1);
    unbind();
  });

  it('lists keys written, removed or added by another tab within the same task', async () => {
    localStorage.clear();
    vi.resetModules();
    const { storedKeys, writeRaw, removeRaw } = await import('../../src/stores/storage-engine');
    localStorage.setItem('a', '1');
    expect(storedKeys()).toEqual(['a']);
    writeRaw('b', '2');
    expect(storedKeys().sort()).toEqual(['a', 'b']);
    removeRaw('a');
    expect(storedKeys()).toEqual(['b']);
    // Another tab's write: the count changed, so the list is made again.
    localStorage.setItem('c', '3');
    expect(storedKeys().sort()).toEqual(['b', 'c']);
  });
});
