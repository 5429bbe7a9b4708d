import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classCsv, rollUpClass, type ClassContent } from '../../src/lib/class-results';
import { csvCell } from '../../src/lib/results-board';
import { roleKeys } from '../../src/lib/vocabulary';

const fixtures = join(import.meta.dirname, '../fixtures/class');
const files = readdirSync(fixtures)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(fixtures, name), 'utf8') }));
const caseFile = (id: string) =>
  parse(readFileSync(join(import.meta.dirname, `../../content/cases/en/${id}.yaml`), 'utf8'));
const content: ClassContent = {
  cases: ['loudest-voice', 'door-opener'].map((id) => ({
    id,
    contacts: caseFile(id).contacts.map((c: { id: string; answer: object }) => ({
      id: c.id,
      answer: { alsoAccepted: [], ...c.answer },
    })),
  })),
};
const results = rollUpClass(files, content);

describe('class results from export files', () => {
  it('names a bad file with its reason and counts the good ones', () => {
    expect(results.bad).toEqual([{ file: 'not-an-export.json', problem: 'wrong-format', detail: 'other-app' }]);
    expect(results.learners).toBe(5);
  });

  it('counts the same learner once, the newest export', () => {
    expect(results.sameLearner).toEqual([
      { counted: 'learner-a-afternoon.json', replaced: ['learner-a-morning.json'] },
    ]);
    // Learner A's afternoon check (90) counts, not the morning's 60.
    expect(results.stages[0]!.check).toEqual({ taken: 3, average: 90, passRate: 100 });
  });

  it('an identical file twice is one learner, even without marks', () => {
    const e = files.find((f) => f.name === 'learner-e.json')!;
    const twice = rollUpClass([e, { ...e, name: 'copy.json' }], content);
    expect(twice.learners).toBe(1);
  });

  it('different learners with no shared marks stay apart', () => {
    const b = files.find((f) => f.name === 'learner-b.json')!;
    const c = files.find((f) => f.name === 'learner-c.json')!;
    expect(rollUpClass([b, c], content).learners).toBe(2);
  });

  it('per stage: share who read it, check average and pass rate', () => {
    expect(results.stages.map((s) => s.readShare)).toEqual([60, 60, 20, 0, 0, 0, 0]);
    expect(results.stages[1]!.check).toEqual({ taken: 1, average: 70, passRate: 0 });
    expect(results.stages[3]!.check).toEqual({ taken: 0, average: null, passRate: null });
    expect(results.final).toEqual({ taken: 1, average: 84, passRate: 100 });
  });

  it('per exercise: average best score of those who did it', () => {
    expect(results.exercises).toEqual([
      { id: 'loudest-voice', taken: 4, average: 72.5 },
      { id: 'door-opener', taken: 0, average: null },
    ]);
  });

  it('most-missed contacts from exercise answers, revealed answers left out', () => {
    expect(results.missed[0]).toEqual({
      caseId: 'loudest-voice',
      contactId: 'xu-kai',
      answered: 3,
      missed: 2,
      share: 67,
    });
    expect(results.missed[1]).toMatchObject({ contactId: 'wu-hong', missed: 1, share: 33 });
    expect(results.missed.find((m) => m.contactId === 'lin-ya')).toMatchObject({ answered: 3, missed: 0 });
  });

  it('role confusion: the expected role against the roles chosen', () => {
    const at = (e: string, c: string) =>
      results.confusion.cells[roleKeys.indexOf(e as never)]![roleKeys.indexOf(c as never)];
    expect(at('benefit-owner', 'key-decision-leader')).toBe(2); // Xu Kai, by A and C
    expect(at('benefit-owner', 'benefit-owner')).toBe(5); // Xu Kai by B and C, Ma Jun by all three
    expect(at('approver', 'key-decision-leader')).toBe(1);
    expect(results.confusion.expected[roleKeys.indexOf('benefit-owner')]).toBe(6);
  });

  it('a hostile or huge file is one bad file, not a crash', () => {
    const out = rollUpClass(
      [
        { name: 'x.json', text: '{"__proto__":{"a":1}}' },
        { name: 'big.json', text: 'x', bytes: 50_000_000 },
      ],
      content,
    );
    expect(out.bad.map((b) => b.problem)).toEqual(['forbidden-key', 'too-large']);
    expect(out.learners).toBe(0);
  });

  it('writes a CSV with a byte-order mark and one section per table', () => {
    const names = {
      noticing: 'Noticing',
      final: 'Final',
      'loudest-voice': 'The loudest voice',
      'loudest-voice/xu-kai': 'Xu Kai',
    };
    const headings = {
      stage: 'Stage',
      readShare: 'Read %',
      checkAverage: 'Avg',
      checkPass: 'Pass %',
      taken: 'Taken',
      exercise: 'Exercise',
      exerciseAverage: 'Avg',
      contact: 'Contact',
      missedShare: 'Missed %',
      answered: 'Answered',
      expected: 'Expected',
    };
    const csv = classCsv(results, { names, headings }, csvCell);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const sections = csv.slice(1).split('\r\n\r\n');
    expect(sections).toHaveLength(4);
    expect(sections[0]!.split('\r\n')[1]).toBe('Noticing,60,3,90,100');
    expect(sections[2]!.split('\r\n')[1]).toBe('The loudest voice,Xu Kai,3,67');
  });
});

describe('class results from a version-2 export', () => {
  it('counts a version-2 file that holds only some kinds of record', () => {
    const v2 = JSON.stringify({
      format: 'ssm-playbook',
      version: 2,
      exportedAt: '2026-11-20T17:00:00Z',
      records: {
        check: {
          closing: {
            v: 1,
            contentHash: 'h',
            attempts: 1,
            best: 75,
            last: 75,
            passed: false,
            updatedAt: '2026-11-20T16:00:00Z',
          },
        },
      },
      lastActivity: null,
    });
    const out = rollUpClass([{ name: 'v2.json', text: v2 }], content);
    expect(out.bad).toEqual([]);
    expect(out.learners).toBe(1);
    expect(out.stages[5]!.check).toEqual({ taken: 1, average: 75, passRate: 0 });
  });
});
