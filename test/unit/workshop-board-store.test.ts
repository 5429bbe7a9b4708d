// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function loadStore(seed: Record<string, string> = {}) {
  localStorage.clear();
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  vi.resetModules();
  return import('../../src/stores/workshop-board');
}

describe("the workshop board's kept list", () => {
  beforeEach(() => localStorage.clear());

  it('keeps the pasted text through the storage engine and reads it back on the next visit', async () => {
    const s = await loadStore();
    expect(s.keepBoardCodes('[10:32] Li Na: SSM1;…')).toBe(true);
    expect(localStorage.getItem('ssm:workshop:codes')).toBe('[10:32] Li Na: SSM1;…');
    const next = await loadStore({ 'ssm:workshop:codes': 'SSM1;a\nSSM1;b' });
    expect(next.$boardCodes.get()).toBe('SSM1;a\nSSM1;b');
  });

  it('forgets the list when cleared', async () => {
    const s = await loadStore({ 'ssm:workshop:codes': 'SSM1;a' });
    s.clearBoardCodes();
    expect(s.$boardCodes.get()).toBe('');
    expect(
      (
        await loadStore({
          ...(localStorage.getItem('ssm:workshop:codes')
            ? { 'ssm:workshop:codes': localStorage.getItem('ssm:workshop:codes')! }
            : {}),
        })
      ).$boardCodes.get(),
    ).toBe('');
  });

  it("does not keep a list too long for the learner's storage, and says so", async () => {
    const s = await loadStore({ 'ssm:workshop:codes': 'old' });
    expect(s.keepBoardCodes('x'.repeat(s.MAX_KEPT_CHARS + 1))).toBe(false);
    expect(localStorage.getItem('ssm:workshop:codes') ?? '').toBe('');
  });

  it('is not a learner record: the key stays outside the ssm:v1: records', async () => {
    const s = await loadStore();
    s.keepBoardCodes('SSM1;a');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('ssm:v1:'))).toEqual([]);
  });
});
