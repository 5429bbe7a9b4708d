/** One test per defect hostile testing found in the pure layer (issue 9): each failed before the fix. */
import { describe, expect, it } from 'vitest';
import { formatDate, isRealIsoDate } from '../../src/lib/dates';
import { emptyRecords, mergeRecords, parseImport, previewImport } from '../../src/lib/export-file';
import { decodeResults, encodeResults } from '../../src/lib/results-code';
import { recordsFromSummary, summarize } from '../../src/lib/results-summary';
import { lastActivity, MAX_ATTEMPTS, worksheetRecord } from '../../src/lib/records';
import { kindNames, recordKinds } from '../../src/lib/record-kinds';
import { applyPatch, diffRecords } from '../../src/lib/record-patch';
import { fnv1a } from '../../src/lib/content-hash';

const T = '2026-11-20T10:00:00Z';
const NOW = '2026-11-25T09:00:00Z';
const sign = (body: string) => `${body};k=${fnv1a(body)}`;

describe('1. reading one’s own results code back', () => {
  const records = {
    ...emptyRecords(),
    read: { noticing: { v: 1 as const, readAt: T, updatedAt: T } },
    check: {
      noticing: { v: 1 as const, contentHash: 'abc', attempts: 2, best: 90, last: 70, passed: true, updatedAt: T },
    },
    exercise: {
      'loudest-voice': {
        v: 1 as const,
        contentHash: 'h1',
        answers: { ann: { roles: ['approver' as const], stance: 'neutral' as const, move: 'keep-informed' as const } },
        attempts: 2,
        best: 85,
        last: 85,
        revealed: false,
        completedAt: T,
        updatedAt: T,
      },
    },
  };

  it('keeps answers, content hashes and read dates: nothing to update', () => {
    const code = encodeResults(summarize(records, 'Li Na'));
    const decoded = decodeResults(code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const incoming = { ...emptyRecords(), ...recordsFromSummary(decoded.summary, records, NOW) };
    const merged = mergeRecords(records, incoming);
    expect(merged.exercise['loudest-voice']).toEqual(records.exercise['loudest-voice']);
    expect(merged.check['noticing']).toEqual(records.check['noticing']);
    expect(merged.read['noticing']).toEqual(records.read['noticing']);
    const counts = previewImport(records, incoming).counts;
    expect(counts.exercise.updated + counts.check.updated + counts.read.updated).toBe(0);
  });

  it('raises only the scores a code improves, keeping the answers', () => {
    const code = sign('SSM1;n=Li;r=1000000;c=noticing.95.5;x=loudest-voice.100;w=');
    const decoded = decodeResults(code);
    if (!decoded.ok) throw new Error(decoded.message);
    const merged = mergeRecords(records, { ...emptyRecords(), ...recordsFromSummary(decoded.summary, records, NOW) });
    expect(merged.check['noticing']).toMatchObject({ best: 95, attempts: 5, contentHash: 'abc' });
    expect(merged.exercise['loudest-voice']).toMatchObject({
      best: 100,
      contentHash: 'h1',
      answers: records.exercise['loudest-voice'].answers,
    });
  });

  it('refuses attempts beyond what a record allows, and ids that reach Object.prototype', () => {
    expect(decodeResults(sign(`SSM1;n=x;r=0000000;c=noticing.90.${MAX_ATTEMPTS + 1};x=;w=`)).ok).toBe(false);
    expect(decodeResults(sign(`SSM1;n=x;r=0000000;c=noticing.90.${MAX_ATTEMPTS};x=;w=`)).ok).toBe(true);
    expect(decodeResults(sign('SSM1;n=x;r=0000000;c=constructor.90.1;x=;w=')).ok).toBe(false);
    expect(decodeResults(sign('SSM1;n=x;r=0000000;c=;x=prototype.90;w=')).ok).toBe(false);
  });

  it('every record a code produces is valid for its kind', () => {
    const decoded = decodeResults(
      sign('SSM1;n=x;r=1111111;c=noticing.90.99999,final.80.3;x=a-case.70;w=cra-planner.c'),
    );
    if (!decoded.ok) throw new Error(decoded.message);
    const out = recordsFromSummary(decoded.summary, emptyRecords(), NOW);
    for (const kind of ['read', 'check', 'exercise'] as const) {
      for (const value of Object.values(out[kind] ?? {})) expect(recordKinds[kind].validate(value).ok).toBe(true);
    }
  });
});

describe('4. impossible dates', () => {
  it.each([
    '2026-99-99T99:99:99Z',
    '2026-02-30T24:60:60Z',
    '2026-02-29T10:00:00Z',
    '2026-13-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '1969-12-31T23:59:59Z',
  ])('refuses %s', (date) => {
    expect(isRealIsoDate(date)).toBe(false);
    expect(recordKinds.read.validate({ v: 1, readAt: date, updatedAt: T }).ok).toBe(false);
  });
  it.each(['2024-02-29T10:00:00Z', '2026-11-20T10:00:00.123Z', '1970-01-01T00:00:00Z'])('accepts %s', (date) =>
    expect(isRealIsoDate(date)).toBe(true),
  );
  it('formats anything without throwing', () => {
    for (const bad of ['2026-99-99T99:99:99Z', '', 'x', null, undefined])
      expect(formatDate(bad as string, 'en')).toBe('—');
    expect(formatDate(T, 'zh-CN')).not.toBe('—');
    expect(formatDate(T, 'not a locale!!')).not.toBe('—');
  });
  it('an import with an impossible date is refused with a message', () => {
    const file = {
      format: 'ssm-playbook',
      version: 1,
      exportedAt: '2026-02-30T24:60:60Z',
      records: emptyRecords(),
      lastActivity: null,
    };
    const result = parseImport(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
    if (!result.ok) expect(result.failure?.path).toBe('exportedAt');
  });
});

describe('5. deep nesting and odd files', () => {
  it('a file nested 7,000 levels deep is a message, not a stack overflow', () => {
    const deep = `{"format":"ssm-playbook","version":1,"exportedAt":"${T}","records":${'{"a":'.repeat(7000)}1${'}'.repeat(7000)},"lastActivity":null}`;
    const result = parseImport(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure?.problem).toBe('too-deep');
  });
  it('arrays nested deeply too', () => {
    const result = parseImport(`{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(result.ok).toBe(false);
  });
});

describe('6. two tabs on one record: field-level changes', () => {
  const base = { v: 1, answers: { ann: { roles: ['approver'] } }, attempts: 0, updatedAt: T };
  it('two tabs ticking different contacts both keep their answer', () => {
    const tabA = { ...base, answers: { ...base.answers, bob: { roles: ['sponsor'] } }, updatedAt: NOW };
    const tabB = { ...base, answers: { ...base.answers, cai: { roles: ['evaluator'] } }, updatedAt: NOW };
    // B receives A's change and applies it to its own copy.
    const merged = applyPatch(tabB, diffRecords(base, tabA)) as typeof base;
    expect(Object.keys(merged.answers).sort()).toEqual(['ann', 'bob', 'cai']);
  });
  it('a change to one field leaves the other fields alone, and removals travel', () => {
    const before = { v: 1, body: { fields: { a: 'x', b: 'y' } }, updatedAt: T };
    const after = { v: 1, body: { fields: { a: 'x!', b: 'y' } }, updatedAt: NOW };
    expect(diffRecords(before, after)).toEqual([{ path: ['body', 'fields', 'a'], value: 'x!' }]);
    expect(applyPatch({ ...before, body: { fields: { a: 'x', b: 'y2' } } }, diffRecords(before, after))).toEqual({
      ...before,
      body: { fields: { a: 'x!', b: 'y2' } },
    });
    expect(applyPatch(before, diffRecords(before, undefined))).toBeUndefined();
  });
  it('a patch cannot reach Object.prototype', () => {
    applyPatch({}, [{ path: ['__proto__', 'polluted'], value: true }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('9. where "Continue" may lead', () => {
  it.each([
    '//2130706433/',
    '//evil.example/en/',
    '/en//x/',
    'https://evil.example/',
    '/EN/stages/',
    '/en/stages/noticing',
    'javascript:alert(1)',
  ])('refuses %s', (path) => {
    expect(lastActivity({ v: 1, path, title: 't', at: T }).ok).toBe(false);
  });
  it.each(['/en/', '/zh-cn/stages/noticing/', '/en/exercises/loudest-voice/'])('accepts %s', (path) => {
    expect(lastActivity({ v: 1, path, title: 't', at: T }).ok).toBe(true);
  });
});

describe('the registry', () => {
  it('derives the export shape: every kind has a place, an unknown kind is refused', () => {
    expect(Object.keys(emptyRecords()).sort()).toEqual([...kindNames].sort());
    const file = {
      format: 'ssm-playbook',
      version: 2,
      exportedAt: T,
      records: { ...emptyRecords(), secrets: {} },
      lastActivity: null,
    };
    expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, problem: 'invalid' });
  });
  it('a version-1 file with only some kinds still imports', () => {
    const file = { format: 'ssm-playbook', version: 1, exportedAt: T, records: { check: {} }, lastActivity: null };
    expect(parseImport(JSON.stringify(file)).ok).toBe(true);
  });
  it('a record from a newer version inside a file is called that, not "invalid"', () => {
    const file = {
      format: 'ssm-playbook',
      version: 2,
      exportedAt: T,
      records: { check: { noticing: { v: 99 } } },
      lastActivity: null,
    };
    expect(parseImport(JSON.stringify(file))).toMatchObject({ ok: false, problem: 'newer-version' });
  });
  it('the version rule notices an added field (the shape differs)', () => {
    const shape = worksheetRecord.shape as { object: Record<string, unknown> };
    const widened = { ...shape, object: { ...shape.object, opportunityId: { text: { min: 0, max: 80 } } } };
    expect(widened).not.toEqual(worksheetRecord.shape);
  });
  it('failures carry a problem code for the locale’s message', () => {
    const r = recordKinds.check.validate({
      v: 1,
      contentHash: '',
      attempts: -1,
      best: null,
      last: null,
      passed: false,
      updatedAt: T,
    });
    expect(r).toMatchObject({
      ok: false,
      path: 'attempts',
      problem: 'not-whole-number',
      params: { min: 0, max: MAX_ATTEMPTS },
    });
  });
});
