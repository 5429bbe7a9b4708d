/**
 * A text field's value, kept in the field while the learner types and handed to the store
 * coalesced: 250 ms after the last key, at least once a second while typing goes on, and at
 * once before another action on the page (a click on a button or link, a key on another control),
 * when the island goes away, and when the page is hidden, left or printed. Only the field
 * re-renders on a key; the sheet (and every store subscriber) re-renders once per write.
 * Not on blur: the write can move what is below the field between a button's press and
 * its release, and the click would be lost; the click itself writes first instead.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const QUIET_MS = 250;
const LONGEST_MS = 1000;

/** Every field's pending write; all are written when the page is hidden, left or printed. */
const pending = new Set<() => void>();
let listening = false;
function flushAll() {
  for (const flush of [...pending]) flush();
}
const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && ['text', 'search', 'email', 'url', 'tel', 'number'].includes(target.type));
const isToggle = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
/**
 * Another control's action: what was typed is written before its handler reads the store.
 * Not for a tick box's or radio's own click, nor a select's change: the browser has already
 * changed them, and the re-render the write causes would put their old state back before
 * their handler runs. Those handlers change one field of the freshest record, so the order
 * of the two writes does not matter to them.
 */
const beforeOtherAction = (event: Event) => {
  if (event.type === 'click' ? !isToggle(event.target) : !isTextEntry(event.target)) flushAll();
};
function listenOnce() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // Capture phase on the window: before React's own listeners on the island's root.
  for (const type of ['click', 'keydown', 'submit']) addEventListener(type, beforeOtherAction, true);
  addEventListener('pagehide', flushAll);
  addEventListener('beforeprint', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
  document.addEventListener('freeze', flushAll);
}

/** Writes every field's pending text now (before an export, say). */
export const flushPendingText = flushAll;

export function useCoalescedText(value: string, write: (value: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const latestWrite = useRef(write);
  const text = useRef<string | null>(null);
  const quiet = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const longest = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latestWrite.current = write;
  }, [write]);

  const flush = useCallback(function flush() {
    clearTimeout(quiet.current);
    clearTimeout(longest.current);
    longest.current = undefined;
    pending.delete(flush);
    const next = text.current;
    if (next === null) return;
    text.current = null;
    latestWrite.current(next);
    setDraft(null);
  }, []);

  const change = useCallback(
    (next: string) => {
      text.current = next;
      setDraft(next);
      listenOnce();
      pending.add(flush);
      clearTimeout(quiet.current);
      quiet.current = setTimeout(flush, QUIET_MS);
      longest.current ??= setTimeout(flush, LONGEST_MS);
    },
    [flush],
  );

  // Leaving (a row removed, another opportunity chosen): what was typed is written first.
  useEffect(() => flush, [flush]);

  return { shown: draft ?? value, change, flush };
}
