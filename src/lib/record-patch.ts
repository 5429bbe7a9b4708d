/**
 * Field-level changes between two versions of a record, so two tabs editing one record at
 * the same moment both keep their edits: a tab sends what it changed (not the whole
 * record), and the other applies that change to its own freshest copy. Plain objects are
 * compared key by key; lists and values are replaced whole.
 */
export interface PatchOp {
  path: string[];
  /** Absent with `remove`. */
  value?: unknown;
  remove?: true;
}

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What changed from `before` to `after`; `updatedAt` at the top is left out (it is the patch's time). */
export function diffRecords(before: unknown, after: unknown): PatchOp[] {
  if (after === undefined) return before === undefined ? [] : [{ path: [], remove: true }];
  if (!isPlain(before) || !isPlain(after)) return same(before, after) ? [] : [{ path: [], value: after }];
  const ops: PatchOp[] = [];
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, path: string[]) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path.length === 0 && key === 'updatedAt') continue;
      const here = [...path, key];
      const x = a[key];
      const y = b[key];
      if (!Object.prototype.hasOwnProperty.call(b, key)) ops.push({ path: here, remove: true });
      else if (isPlain(x) && isPlain(y)) walk(x, y, here);
      else if (!same(x, y)) ops.push({ path: here, value: y });
    }
  };
  walk(before, after, []);
  return ops;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Applies changes to a copy of `base`; `skip` leaves out an op (a newer local edit of that field). */
export function applyPatch(
  base: unknown,
  ops: readonly PatchOp[],
  skip: (op: PatchOp) => boolean = () => false,
): unknown {
  let result: unknown = base;
  for (const op of ops) {
    if (skip(op) || op.path.some((k) => FORBIDDEN.has(k))) continue;
    if (op.path.length === 0) {
      // Two tabs that both created the record at once: keep the fields of both.
      result =
        !op.remove && isPlain(result) && isPlain(op.value) ? union(result, op.value) : op.remove ? undefined : op.value;
      continue;
    }
    if (!isPlain(result)) continue;
    const root: Record<string, unknown> = { ...result };
    let node = root;
    for (const key of op.path.slice(0, -1)) {
      const child = node[key];
      const copy = isPlain(child) ? { ...child } : {};
      node[key] = copy;
      node = copy;
    }
    const last = op.path[op.path.length - 1]!;
    if (op.remove) delete node[last];
    else node[last] = op.value;
    result = root;
  }
  return result;
}

/**
 * Both records' fields; where both hold a different value, the newer record's (by
 * `updatedAt`, then by text), the same choice in either tab, so both tabs end alike.
 */
function union(mine: Record<string, unknown>, theirs: Record<string, unknown>): Record<string, unknown> {
  const stamp = (r: Record<string, unknown>) =>
    `${typeof r['updatedAt'] === 'string' ? r['updatedAt'] : ''}|${JSON.stringify(r)}`;
  const theirsWin = stamp(theirs) > stamp(mine);
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...a };
    for (const key of Object.keys(b)) {
      if (FORBIDDEN.has(key)) continue;
      const x = a[key];
      const y = b[key];
      if (!Object.prototype.hasOwnProperty.call(a, key)) out[key] = y;
      else if (isPlain(x) && isPlain(y)) out[key] = walk(x, y);
      else if (!same(x, y) && theirsWin) out[key] = y;
    }
    return out;
  };
  return walk(mine, theirs);
}

/** Whether two paths touch the same field (one contains the other). */
export const overlaps = (a: readonly string[], b: readonly string[]) =>
  a.slice(0, b.length).join('\u0000') === b.slice(0, a.length).join('\u0000');
