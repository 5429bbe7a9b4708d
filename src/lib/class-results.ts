/**
 * Class results from learners' export files: what a workshop's learners read, scored and got
 * wrong. Pure: files' texts in, figures out; nothing is stored.
 *
 * Rules:
 * - Each file goes through `parseImport` (the export format's own validator); a file it
 *   rejects is listed with its problem and the others still count. Only `records.read`,
 *   `records.exercise` and `records.check` are used (any other kind is ignored), and only ids
 *   the site has.
 * - Export files carry no name, so one learner is recognised by marks that never change once
 *   written: when each stage was first read (`readAt`) and when each exercise was first
 *   completed (`completedAt`). Two files are the same learner when their texts are identical,
 *   or when every mark of one is also in the other (a later export holds all the earlier
 *   marks). The newest export (`exportedAt`) counts; the merge is reported by file name.
 * - Check records hold scores only (best, attempts, passed), not answers per question, so
 *   "most missed" is computed per case contact from exercise answers, and checks are shown
 *   by average and pass rate.
 * - Exercise answers after "show answer" (`revealed`) are the expected answers filled in,
 *   not the learner's: they are left out of the missed contacts and the role confusion.
 */
import { isAnswered, scoreContact, type ExpectedAnswer } from './case-scoring';
import { parseImport, type ImportProblem } from './export-file';
import type { Failure } from './validate';
import { roleKeys, stageSlugs, type RoleKey } from './vocabulary';

/** What the page knows about the site's cases. */
export interface ClassContent {
  cases: readonly { id: string; contacts: readonly { id: string; answer: ExpectedAnswer }[] }[];
}
export interface InputFile {
  name: string;
  text: string;
  bytes?: number;
}

interface Learner {
  file: string;
  text: string;
  exportedAt: string;
  marks: Set<string>;
  read: Record<string, unknown>;
  exercise: Record<string, ExerciseLike>;
  check: Record<string, CheckLike>;
}
interface ExerciseLike {
  best: number | null;
  revealed: boolean;
  completedAt: string | null;
  answers: Record<
    string,
    { roles: RoleKey[]; stance: ExpectedAnswer['stance'] | null; move: ExpectedAnswer['move'] | null }
  >;
}
interface CheckLike {
  best: number | null;
  passed: boolean;
}

export interface ScoreSummary {
  taken: number;
  /** Mean best score over those who took it, one decimal; null when nobody did. */
  average: number | null;
  /** Share (0..100) of those who took it who passed; null when nobody did. */
  passRate: number | null;
}
export interface ClassResults {
  learners: number;
  /** Files not counted, with the reason (`failure` says where, for the learner's language). */
  bad: { file: string; problem: ImportProblem; detail: string; failure?: Failure }[];
  /** Files taken as one learner: the one counted and the ones it replaced. */
  sameLearner: { counted: string; replaced: string[] }[];
  stages: { slug: string; read: number; readShare: number; check: ScoreSummary }[];
  final: ScoreSummary;
  exercises: { id: string; taken: number; average: number | null }[];
  /** Contacts most often answered wrongly (any of roles, stance, move), worst first. */
  missed: { caseId: string; contactId: string; answered: number; missed: number; share: number }[];
  /** Role confusion: `cells[expected][chosen]` counts answers where a contact holding the expected role was given the chosen role. */
  confusion: { roles: readonly RoleKey[]; expected: number[]; cells: number[][] };
}

const own = <T>(value: unknown): Record<string, T> =>
  value && typeof value === 'object' ? (value as Record<string, T>) : {};
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const round1 = (n: number) => Math.round(n * 10) / 10;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

function toLearner(name: string, text: string, file: { exportedAt: string; records: unknown }): Learner {
  const records = own<unknown>(file.records);
  const read = own<{ readAt: string }>(records['read']);
  const exercise = own<ExerciseLike>(records['exercise']);
  const marks = new Set<string>();
  for (const [slug, r] of Object.entries(read)) marks.add(`read:${slug}@${r.readAt}`);
  for (const [id, r] of Object.entries(exercise)) if (r.completedAt) marks.add(`exercise:${id}@${r.completedAt}`);
  return {
    file: name,
    text,
    exportedAt: file.exportedAt,
    marks,
    read,
    exercise,
    check: own<CheckLike>(records['check']),
  };
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((m) => b.has(m));
const sameLearner = (a: Learner, b: Learner) =>
  a.text === b.text || (a.marks.size > 0 && b.marks.size > 0 && (subset(a.marks, b.marks) || subset(b.marks, a.marks)));

/** One file checked and read; done file by file, so a page can pause between files. */
export type ParsedClassFile = { ok: true; learner: Learner } | { ok: false; bad: ClassResults['bad'][number] };
export function parseClassFile(f: InputFile): ParsedClassFile {
  const result = parseImport(f.text, f.bytes ?? f.text.length);
  return result.ok
    ? { ok: true, learner: toLearner(f.name, f.text, result.file) }
    : {
        ok: false,
        bad: {
          file: f.name,
          problem: result.problem,
          detail: result.detail,
          ...(result.failure ? { failure: result.failure } : {}),
        },
      };
}

/** Groups read files by learner; the newest export of each learner counts. */
export function readClassFiles(files: readonly ParsedClassFile[]): {
  learners: Learner[];
  bad: ClassResults['bad'];
  sameLearner: ClassResults['sameLearner'];
} {
  const bad = files.flatMap((f) => (f.ok ? [] : [f.bad]));
  return { bad, ...groupLearners(files.flatMap((f) => (f.ok ? [f.learner] : []))) };
}

function groupLearners(parsed: Learner[]) {
  const groups: { counted: Learner; replaced: Learner[] }[] = [];
  // Where each text and each mark was seen, so a file is compared only with the groups it could belong to.
  const byText = new Map<string, number>();
  const byMark = new Map<string, Set<number>>();
  // Oldest first, so the newest export of a learner ends up counted.
  for (const learner of [...parsed].sort((a, b) =>
    a.exportedAt < b.exportedAt ? -1 : a.exportedAt > b.exportedAt ? 1 : 0,
  )) {
    const candidates = new Set<number>([
      ...(byText.has(learner.text) ? [byText.get(learner.text)!] : []),
      ...[...learner.marks].flatMap((m) => [...(byMark.get(m) ?? [])]),
    ]);
    const at = [...candidates]
      .sort((a, b) => a - b)
      .find((g) => [groups[g]!.counted, ...groups[g]!.replaced].some((other) => sameLearner(other, learner)));
    let index = at;
    if (index === undefined) {
      index = groups.push({ counted: learner, replaced: [] }) - 1;
    } else {
      const group = groups[index]!;
      group.replaced.push(group.counted);
      group.counted = learner;
    }
    byText.set(learner.text, index);
    for (const m of learner.marks) byMark.set(m, (byMark.get(m) ?? new Set()).add(index));
  }
  return {
    learners: groups.map((g) => g.counted),
    sameLearner: groups
      .filter((g) => g.replaced.length > 0)
      .map((g) => ({ counted: g.counted.file, replaced: g.replaced.map((r) => r.file) })),
  };
}

function scoreSummary(records: readonly (CheckLike | undefined)[]): ScoreSummary {
  const taken = records.filter((r): r is CheckLike => !!r && r.best !== null);
  if (taken.length === 0) return { taken: 0, average: null, passRate: null };
  return {
    taken: taken.length,
    average: round1(taken.reduce((s, r) => s + (r.best ?? 0), 0) / taken.length),
    passRate: percent(taken.filter((r) => r.passed).length, taken.length),
  };
}

/** The class figures from the counted learners. */
export function summariseClass(
  learners: readonly Learner[],
  content: ClassContent,
): Omit<ClassResults, 'bad' | 'sameLearner'> {
  const n = learners.length;
  const stages = stageSlugs.map((slug) => {
    const read = learners.filter((l) => has(l.read, slug)).length;
    return {
      slug,
      read,
      readShare: percent(read, n),
      check: scoreSummary(learners.map((l) => (has(l.check, slug) ? l.check[slug] : undefined))),
    };
  });
  const final = scoreSummary(learners.map((l) => (has(l.check, 'final') ? l.check['final'] : undefined)));
  const exercises = content.cases.map((c) => {
    const s = scoreSummary(
      learners.map((l) => (has(l.exercise, c.id) ? { best: l.exercise[c.id]!.best, passed: false } : undefined)),
    );
    return { id: c.id, taken: s.taken, average: s.average };
  });

  const missed: ClassResults['missed'] = [];
  const cells = roleKeys.map(() => roleKeys.map(() => 0));
  const expected = roleKeys.map(() => 0);
  for (const c of content.cases) {
    for (const contact of c.contacts) {
      let answered = 0;
      let wrong = 0;
      for (const l of learners) {
        const record = has(l.exercise, c.id) ? l.exercise[c.id]! : undefined;
        if (!record || record.revealed) continue;
        const given = has(own(record.answers), contact.id) ? record.answers[contact.id] : undefined;
        if (!given || given.roles.length === 0) continue;
        for (const role of contact.answer.roles) {
          const e = roleKeys.indexOf(role);
          expected[e]!++;
          for (const chosen of given.roles) cells[e]![roleKeys.indexOf(chosen)]!++;
        }
        if (!isAnswered(given)) continue;
        answered++;
        if (scoreContact(contact.id, contact.answer, given).score < 1) wrong++;
      }
      if (answered > 0)
        missed.push({ caseId: c.id, contactId: contact.id, answered, missed: wrong, share: percent(wrong, answered) });
    }
  }
  missed.sort((a, b) => b.share - a.share || b.missed - a.missed);
  return { learners: n, stages, final, exercises, missed, confusion: { roles: roleKeys, expected, cells } };
}

/** Read files in, class results out. */
export function rollUpParsed(files: readonly ParsedClassFile[], content: ClassContent): ClassResults {
  const { learners, bad, sameLearner: same } = readClassFiles(files);
  return { bad, sameLearner: same, ...summariseClass(learners, content) };
}

/** Files in, class results out. */
export function rollUpClass(files: readonly InputFile[], content: ClassContent): ClassResults {
  return rollUpParsed(files.map(parseClassFile), content);
}

/** Names and headings for the CSV, translated by the caller. */
export interface ClassCsvLabels {
  names: Record<string, string>;
  headings: {
    stage: string;
    readShare: string;
    checkAverage: string;
    checkPass: string;
    taken: string;
    exercise: string;
    exerciseAverage: string;
    contact: string;
    missedShare: string;
    answered: string;
    expected: string;
  };
}

/** The class results as one CSV (sections separated by a blank line), with a byte-order mark. */
export function classCsv(
  results: ClassResults,
  labels: ClassCsvLabels,
  csvCell: (v: string | number) => string,
): string {
  const h = labels.headings;
  const name = (id: string) => labels.names[id] ?? id;
  const blank = (v: number | null) => (v === null ? '' : v);
  const sections: (string | number)[][][] = [
    [
      [h.stage, h.readShare, h.taken, h.checkAverage, h.checkPass],
      ...results.stages.map((s) => [
        name(s.slug),
        s.readShare,
        s.check.taken,
        blank(s.check.average),
        blank(s.check.passRate),
      ]),
      [name('final'), '', results.final.taken, blank(results.final.average), blank(results.final.passRate)],
    ],
    [
      [h.exercise, h.taken, h.exerciseAverage],
      ...results.exercises.map((e) => [name(e.id), e.taken, blank(e.average)]),
    ],
    [
      [h.exercise, h.contact, h.answered, h.missedShare],
      ...results.missed.map((m) => [name(m.caseId), name(`${m.caseId}/${m.contactId}`), m.answered, m.share]),
    ],
    [
      [h.expected, ...results.confusion.roles.map(name)],
      ...results.confusion.roles.map((role, i) => [
        `${name(role)} (${results.confusion.expected[i]})`,
        ...results.confusion.cells[i]!,
      ]),
    ],
  ];
  return (
    '\uFEFF' +
    sections.map((rows) => rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')).join('\r\n\r\n') +
    '\r\n'
  );
}
