/**
 * How many of a long list to render: the first slice at once, then one more slice per idle
 * moment until all are there (each as a transition, which React renders interruptibly), so
 * no single task renders 200 rows on a slow phone. A new
 * list (a filter changed) starts again from the first slice; rows already rendered are
 * memoised and cost nothing.
 */
import { startTransition, useEffect, useState } from 'react';

export const FIRST_SLICE = 20;
export const SLICE = 20;

const idle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 16);
  return () => clearTimeout(handle);
};

export function useProgressiveCount(total: number, list: unknown): number {
  const [state, setState] = useState({ list, count: FIRST_SLICE });
  // A new list starts from the first slice (set during render: no extra pass, no flash of all rows).
  let count = state.count;
  if (state.list !== list) {
    count = FIRST_SLICE;
    setState({ list, count });
  }
  useEffect(() => {
    if (count >= total) return;
    // A transition: React renders it in slices of a few milliseconds, yielding to input between them.
    return idle(() => startTransition(() => setState((s) => (s.list === list ? { list, count: s.count + SLICE } : s))));
  }, [count, total, list]);
  return Math.min(count, total);
}
