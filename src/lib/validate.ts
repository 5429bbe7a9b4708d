/**
 * A tiny validator kit for data read from storage or import files. Zod stays on the build
 * side (content schemas); in the browser these few lines do the job at a fraction of the
 * bytes. Every validator is strict: unknown keys fail, and so do `__proto__`,
 * `constructor` and `prototype` anywhere.
 *
 * A failure carries a `problem` code and its parameters, so the learner's message comes
 * from the locale's strings (`validation.<problem>`), and an English `message` for logs.
 * Every validator also describes its `shape`, which the version rule's test snapshots.
 */
import { isRealIsoDate } from './dates';

export type Problem =
  | 'not-text'
  | 'too-short'
  | 'too-long'
  | 'no-match'
  | 'not-whole-number'
  | 'not-boolean'
  | 'not-one-of'
  | 'not-list'
  | 'too-many'
  | 'repeated'
  | 'not-object'
  | 'forbidden-key'
  | 'unknown-field'
  | 'missing'
  | 'bad-id'
  | 'bad-date'
  | 'bad-path'
  | 'too-deep';
export type Failure = {
  ok: false;
  path: string;
  problem: Problem;
  params: Record<string, string | number>;
  message: string;
};
export type Result<T> = { ok: true; value: T } | Failure;
/** A JSON description of what a validator accepts (see `test/fixtures/record-shapes.json`). */
export type Shape = string | number | boolean | null | Shape[] | { [key: string]: Shape };
export type Validator<T> = ((input: unknown, path?: string) => Result<T>) & { shape: Shape };
export type Infer<V> = V extends Validator<infer T> ? T : never;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const isForbiddenKey = (key: string) => FORBIDDEN.has(key);

const english: Record<Problem, (p: Record<string, string | number>) => string> = {
  'not-text': () => 'must be text',
  'too-short': (p) => `must have at least ${p['min']} characters`,
  'too-long': (p) => `must have at most ${p['max']} characters`,
  'no-match': (p) => `must be ${p['what']}`,
  'not-whole-number': (p) => `must be a whole number from ${p['min']} to ${p['max']}`,
  'not-boolean': () => 'must be true or false',
  'not-one-of': (p) => `must be one of: ${p['values']}`,
  'not-list': () => 'must be a list',
  'too-many': (p) => `must have at most ${p['max']} items`,
  repeated: () => 'must not repeat an item',
  'not-object': () => 'must be an object',
  'forbidden-key': () => 'is a forbidden key',
  'unknown-field': () => 'is not a known field',
  missing: () => 'is missing',
  'bad-id': () => 'is not a valid id',
  'bad-date': () => 'must be a real date (YYYY-MM-DDTHH:MM:SSZ), not in the future',
  'bad-path': () => "must be a path of this site's pages",
  'too-deep': (p) => `is nested deeper than ${p['max']} levels`,
};

export const fail = (path: string, problem: Problem, params: Record<string, string | number> = {}): Failure => ({
  ok: false,
  path: path || '(root)',
  problem,
  params,
  message: english[problem](params),
});
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const withShape = <T>(fn: (input: unknown, path?: string) => Result<T>, shape: Shape): Validator<T> =>
  Object.assign(fn, { shape });
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
/** Own-property lookup: never reaches `Object.prototype` (`constructor`, `toString`…). */
export const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Text up to `max` characters. */
export const str = ({ min = 0, max = 100_000 }: { min?: number; max?: number } = {}): Validator<string> =>
  withShape(
    (x, path = '') => {
      if (typeof x !== 'string') return fail(path, 'not-text');
      if (x.length < min) return fail(path, 'too-short', { min });
      if (x.length > max) return fail(path, 'too-long', { max });
      return ok(x);
    },
    { text: { min, max } },
  );

/** Text matching a pattern. */
export const pattern = (re: RegExp, what: string, max = 200): Validator<string> => {
  const text = str({ max });
  return withShape(
    (x, path = '') => {
      const s = text(x, path);
      if (!s.ok) return s;
      return re.test(s.value) ? s : fail(path, 'no-match', { what });
    },
    { pattern: re.source, max },
  );
};

/** A whole number in a range. */
export const int = (min: number, max: number): Validator<number> =>
  withShape(
    (x, path = '') =>
      typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max
        ? ok(x)
        : fail(path, 'not-whole-number', { min, max }),
    { int: [min, max] },
  );

export const bool: Validator<boolean> = withShape(
  (x, path = '') => (typeof x === 'boolean' ? ok(x) : fail(path, 'not-boolean')),
  'boolean',
);

/** One of a fixed list of values. */
export const oneOf = <const T extends readonly (string | number)[]>(values: T): Validator<T[number]> =>
  withShape(
    (x, path = '') =>
      (values as readonly unknown[]).includes(x)
        ? ok(x as T[number])
        : fail(path, 'not-one-of', { values: values.join(', ') }),
    { oneOf: [...values] },
  );

/** `null` or the inner value. */
export const nullable = <T>(inner: Validator<T>): Validator<T | null> =>
  withShape((x, path = '') => (x === null ? ok(null) : inner(x, path)), { nullable: inner.shape });

/** An array of at most `max` items. */
export const arr = <T>(item: Validator<T>, { max = 1000, unique = false } = {}): Validator<T[]> =>
  withShape(
    (x, path = '') => {
      if (!Array.isArray(x)) return fail(path, 'not-list');
      if (x.length > max) return fail(path, 'too-many', { max });
      const out: T[] = [];
      for (let i = 0; i < x.length; i++) {
        const r = item(x[i], `${path}[${i}]`);
        if (!r.ok) return r;
        out.push(r.value);
      }
      if (unique && new Set(out.map((v) => JSON.stringify(v))).size !== out.length) return fail(path, 'repeated');
      return ok(out);
    },
    { list: item.shape, max, unique },
  );

type Fields = Record<string, Validator<unknown>>;
type ObjectOf<S extends Fields, O extends keyof S> = { [K in Exclude<keyof S, O>]: Infer<S[K]> } & {
  [K in O]?: Infer<S[K]>;
};

/** An object with exactly these keys (those in `optional` may be missing). */
export const obj = <S extends Fields, O extends keyof S = never>(
  shape: S,
  optional: readonly O[] = [],
): Validator<ObjectOf<S, O>> =>
  withShape(
    (x, path = '') => {
      if (!isPlainObject(x)) return fail(path, 'not-object');
      for (const key of Object.keys(x)) {
        const sub = path ? `${path}.${key}` : key;
        if (FORBIDDEN.has(key)) return fail(sub, 'forbidden-key');
        if (!hasOwn(shape, key)) return fail(sub, 'unknown-field');
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(shape)) {
        const sub = path ? `${path}.${key}` : key;
        if (!hasOwn(x, key)) {
          if ((optional as readonly string[]).includes(key)) continue;
          return fail(sub, 'missing');
        }
        const r = shape[key]!(x[key], sub);
        if (!r.ok) return r;
        out[key] = r.value;
      }
      return ok(out as ObjectOf<S, O>);
    },
    {
      object: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.shape])),
      optional: [...(optional as readonly string[])],
    },
  );

/** A dictionary with keys matching `keyPattern`, at most `max` entries. */
export const dict = <T>(keyPattern: RegExp, value: Validator<T>, { max = 500 } = {}): Validator<Record<string, T>> =>
  withShape(
    (x, path = '') => {
      if (!isPlainObject(x)) return fail(path, 'not-object');
      const keys = Object.keys(x);
      if (keys.length > max) return fail(path, 'too-many', { max });
      const out: Record<string, T> = {};
      for (const key of keys) {
        const sub = path ? `${path}.${key}` : key;
        if (FORBIDDEN.has(key)) return fail(sub, 'forbidden-key');
        if (!keyPattern.test(key)) return fail(sub, 'bad-id');
        const r = value(x[key], sub);
        if (!r.ok) return r;
        out[key] = r.value;
      }
      return ok(out);
    },
    { dict: value.shape, keys: keyPattern.source, max },
  );

/** Stable content ids: kebab-case, as in `src/schemas/common.ts`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = pattern(ID_PATTERN, 'a kebab-case id', 80);

/** An ISO 8601 timestamp that is a real date (it round-trips through `Date`) and not in the future. */
export const isoDate: Validator<string> = withShape((x, path = '') => {
  if (typeof x !== 'string') return fail(path, 'not-text');
  return isRealIsoDate(x) ? ok(x) : fail(path, 'bad-date');
}, 'iso-date');

/** A path of this site's own pages; `//host/` and other origins fail. */
export const sitePath = (re: RegExp, max = 300): Validator<string> =>
  withShape(
    (x, path = '') => {
      if (typeof x !== 'string') return fail(path, 'not-text');
      return x.length <= max && re.test(x) ? ok(x) : fail(path, 'bad-path');
    },
    { sitePath: re.source, max },
  );

/** The deepest nesting an import file may have; records need five levels. */
export const MAX_DEPTH = 32;

/**
 * Finds a forbidden key anywhere in parsed JSON, or nesting deeper than `MAX_DEPTH`, without
 * recursion (a hostile file nested thousands of levels deep must not overflow the stack).
 */
export function findForbiddenKey(root: unknown): Failure | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return fail(path, 'too-deep', { max: MAX_DEPTH });
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      const sub = path ? `${path}.${key}` : key;
      if (FORBIDDEN.has(key)) return fail(sub, 'forbidden-key');
      stack.push({ value: (value as Record<string, unknown>)[key], path: sub, depth: depth + 1 });
    }
  }
  return null;
}
