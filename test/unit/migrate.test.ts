// @vitest-environment jsdom
// The one-time move of v0 records to their v1 keys (src/stores/migrate.ts): nothing is
// dropped, and what cannot move is set aside.
import { afterEach, describe, expect, it, vi } from 'vitest';

const NOW = '2026-12-01T09:00:00Z';
const T = '2026-11-20T10:00:00Z';

async function migrate(seed: Record<string, string>, beforeRun = () => {}) {
  localStorage.clear();
  sessionStorage.clear();
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  vi.resetModules();
  const { migrateStoredRecords } = await import('../../src/stores/migrate');
  const notices = await import('../../src/stores/notices');
  beforeRun();
  migrateStoredRecords(NOW);
  vi.restoreAllMocks();
  return { stored: { ...localStorage } as Record<string, string>, setAside: notices.$setAside.get() };
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('migrateStoredRecords', () => {
  it('moves each v0 record to its v1 key, upgraded, and removes the v0 key', async () => {
    const { stored, setAside } = await migrate({
      'ssm:check:noticing': '{"best":90,"attempts":2}',
      'ssm:read:noticing': 'true',
    });
    expect(stored['ssm:check:noticing']).toBeUndefined();
    expect(stored['ssm:read:noticing']).toBeUndefined();
    expect(JSON.parse(stored['ssm:v1:check:noticing']!)).toMatchObject({ v: 1, best: 90, attempts: 2, passed: true });
    expect(JSON.parse(stored['ssm:v1:read:noticing']!)).toMatchObject({ v: 1 });
    expect(setAside).toEqual([]);
  });

  it('sets aside a v0 value that cannot be upgraded', async () => {
    const { stored, setAside } = await migrate({ 'ssm:check:closing': 'not json {' });
    expect(stored['ssm:check:closing']).toBeUndefined();
    expect(stored['ssm:v1:check:closing']).toBeUndefined();
    expect(stored[`ssm:backup:ssm:check:closing@${NOW}`]).toBe('not json {');
    expect(setAside).toMatchObject([{ key: `ssm:backup:ssm:check:closing@${NOW}`, original: 'ssm:check:closing' }]);
  });

  it('never overwrites a v1 record that already exists: the v0 twin is set aside', async () => {
    const v1 = JSON.stringify({ v: 1, contentHash: 'h', attempts: 1, best: 60, last: 60, passed: false, updatedAt: T });
    const { stored, setAside } = await migrate({
      'ssm:check:noticing': '{"best":90,"attempts":2}',
      'ssm:v1:check:noticing': v1,
    });
    expect(stored['ssm:v1:check:noticing']).toBe(v1);
    expect(stored[`ssm:backup:ssm:check:noticing@${NOW}`]).toBe('{"best":90,"attempts":2}');
    expect(setAside).toMatchObject([{ original: 'ssm:check:noticing', reason: 'already migrated' }]);
  });

  it('leaves keys that are not v0 records alone', async () => {
    const seed = { 'ssm:theme': 'dark', 'ssm:v1:last': '{"v":1}', 'ssm:check:Not_An_Id': '{}', 'other-site': 'x' };
    const { stored, setAside } = await migrate(seed);
    expect(stored).toEqual(seed);
    expect(setAside).toEqual([]);
  });

  it('keeps the v0 value where it is when storage refuses the new key or the backup', async () => {
    const setItem = Storage.prototype.setItem;
    const refuse = () =>
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
        if (this === localStorage) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      });
    const { stored } = await migrate(
      { 'ssm:check:noticing': '{"best":90}', 'ssm:check:closing': 'not json {' },
      refuse,
    );
    expect(stored['ssm:check:noticing']).toBe('{"best":90}');
    expect(stored['ssm:check:closing']).toBe('not json {');
  });
});
