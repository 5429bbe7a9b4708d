// @vitest-environment jsdom
/** The LMS's suspend_data joining this browser's records: restore on a new device, merge on a used one. */
import { describe, expect, it, vi } from 'vitest';
import { packSuspendData, unpackSuspendData } from '../../src/lib/scorm/suspend-data';
import { emptyRecords } from '../../src/lib/record-kinds';

const T = '2026-11-20T10:00:00Z';
const LATER = '2026-11-21T10:00:00Z';
const check = (best: number, attempts: number, updatedAt: string) => ({
  v: 1 as const,
  contentHash: 'h',
  attempts,
  best,
  last: best,
  passed: best >= 80,
  updatedAt,
});

async function loadStores(seed: Record<string, string>) {
  localStorage.clear();
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  vi.resetModules();
  return { ...(await import('../../src/stores/learner')), ...(await import('../../src/stores/lms')) };
}

const lmsData = () => {
  const records = emptyRecords();
  records.read['noticing'] = { v: 1, readAt: T, updatedAt: T };
  records.check['noticing'] = check(60, 3, LATER);
  return unpackSuspendData(
    packSuspendData(records, { v: 1, path: '/en/checks/noticing/', title: 'Noticing check', at: LATER }, 4096).text,
    LATER,
  );
};

describe('mergeLmsRecords', () => {
  it('on a device with nothing stored, the LMS data restores the progress', async () => {
    const s = await loadStores({});
    const { records, last } = lmsData();
    expect(s.mergeLmsRecords(records, last).failed).toEqual([]);
    expect(JSON.parse(localStorage.getItem('ssm:v1:read:noticing')!)).toEqual(records.read['noticing']);
    expect(s.$checks.get()['noticing']).toMatchObject({ best: 60, attempts: 3 });
    expect(s.$lastActivity.get()?.path).toBe('/en/checks/noticing/');
  });

  it('where both have data they merge as an import does: newer wins, scores never go down', async () => {
    const s = await loadStores({
      'ssm:v1:check:noticing': JSON.stringify(check(95, 1, T)),
      'ssm:v1:last': JSON.stringify({
        v: 1,
        path: '/en/stages/closing/',
        title: 'Closing',
        at: '2026-11-22T10:00:00Z',
      }),
    });
    const { records, last } = lmsData();
    s.mergeLmsRecords(records, last);
    expect(JSON.parse(localStorage.getItem('ssm:v1:check:noticing')!)).toMatchObject({
      best: 95,
      attempts: 3,
      passed: true,
      last: 60,
    });
    // This device's last activity is the later one: it stays.
    expect(s.$lastActivity.get()?.path).toBe('/en/stages/closing/');
  });
});
