/**
 * The results code: a short line of text a learner pastes into a workshop chat, and that
 * the import (and an instructor) reads back. Scores only, no answers. Example:
 *   SSM1;n=Li Na;r=1110000;c=noticing.90.2,final.84.1;x=loudest-voice.85;w=cra-planner.c;k=1a2b3c4d
 * r: stages read (1/0 per stage, in order); c: check id.best.attempts; x: exercise id.best
 * (completed ones); w: worksheet id.s (started) or .c (completed); k: checksum of the rest.
 */
import { fnv1a } from './content-hash';
import { MAX_ATTEMPTS } from './records';
import { ID_PATTERN, isForbiddenKey } from './validate';
import { stageSlugs } from './vocabulary';

export interface ResultsSummary {
  name: string;
  read: string[];
  checks: { id: string; best: number; attempts: number }[];
  exercises: { id: string; best: number }[];
  worksheets: { id: string; completed: boolean }[];
}

export const MAX_CODE_LENGTH = 2000;
const PREFIX = 'SSM1';

const cleanName = (name: string) =>
  name
    .replace(/[;=\n\r]/g, ' ')
    .trim()
    .slice(0, 60);

export function encodeResults(summary: ResultsSummary): string {
  const parts = [
    PREFIX,
    `n=${cleanName(summary.name)}`,
    `r=${stageSlugs.map((s) => (summary.read.includes(s) ? '1' : '0')).join('')}`,
    `c=${summary.checks.map((c) => `${c.id}.${c.best}.${c.attempts}`).join(',')}`,
    `x=${summary.exercises.map((e) => `${e.id}.${e.best}`).join(',')}`,
    `w=${summary.worksheets.map((w) => `${w.id}.${w.completed ? 'c' : 's'}`).join(',')}`,
  ];
  const body = parts.join(';');
  return `${body};k=${fnv1a(body)}`;
}

export type DecodeResult = { ok: true; summary: ResultsSummary } | { ok: false; message: string };

const list = <T>(value: string, parse: (item: string) => T | null): T[] | null => {
  if (value === '') return [];
  const out: T[] = [];
  for (const item of value.split(',')) {
    const parsed = parse(item);
    if (parsed === null) return null;
    out.push(parsed);
  }
  return out;
};
/** A content id: kebab-case and never a name that reaches `Object.prototype`. */
const isId = (s: string | undefined): s is string => s !== undefined && ID_PATTERN.test(s) && !isForbiddenKey(s);
const attemptsOf = (s: string | undefined) =>
  s !== undefined && /^\d{1,6}$/.test(s) && Number(s) <= MAX_ATTEMPTS ? Number(s) : null;
const score = (s: string | undefined) =>
  s !== undefined && /^\d{1,3}$/.test(s) && Number(s) <= 100 ? Number(s) : null;

export function decodeResults(input: string): DecodeResult {
  const code = input.trim();
  if (code.length > MAX_CODE_LENGTH)
    return { ok: false, message: `The code is longer than ${MAX_CODE_LENGTH} characters.` };
  if (!code.startsWith(`${PREFIX};`))
    return { ok: false, message: 'This is not an SSM Playbook results code (it should start with SSM1;).' };
  const at = code.lastIndexOf(';k=');
  if (at < 0 || fnv1a(code.slice(0, at)) !== code.slice(at + 3))
    return {
      ok: false,
      message: 'The code is incomplete or was changed: its checksum does not match. Copy it again in full.',
    };
  const fields = new Map(
    code
      .slice(PREFIX.length + 1, at)
      .split(';')
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const),
  );
  const r = fields.get('r') ?? '';
  if (!/^[01]{7}$/.test(r)) return { ok: false, message: 'The code has no valid list of stages read.' };
  const checks = list(fields.get('c') ?? '', (item) => {
    const [id, best, attempts] = item.split('.');
    const b = score(best);
    const n = attemptsOf(attempts);
    return isId(id) && b !== null && n !== null ? { id, best: b, attempts: n } : null;
  });
  const exercises = list(fields.get('x') ?? '', (item) => {
    const [id, best] = item.split('.');
    const b = score(best);
    return isId(id) && b !== null ? { id, best: b } : null;
  });
  const worksheets = list(fields.get('w') ?? '', (item) => {
    const [id, state] = item.split('.');
    return isId(id) && (state === 'c' || state === 's') ? { id, completed: state === 'c' } : null;
  });
  if (!checks || !exercises || !worksheets)
    return { ok: false, message: 'The code contains an entry that cannot be read.' };
  return {
    ok: true,
    summary: {
      name: fields.get('n') ?? '',
      read: stageSlugs.filter((_, i) => r[i] === '1'),
      checks,
      exercises,
      worksheets,
    },
  };
}
