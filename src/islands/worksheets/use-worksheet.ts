/**
 * One worksheet's stored record for an island: the body to render (empty until hydrated),
 * a `save` that writes through the learner store, and whether the content changed since.
 *
 * Typing stays off the storage path: the first change after a quiet spell is written at
 * once; changes that follow within FLUSH_MS are shown at once, queued, and written together,
 * applied in order to the freshest stored record (another tab may have just written it),
 * when FLUSH_MS is over, and at once when the page is hidden or left. Every write still goes through the store, so validation, the
 * quota handling and the two-tab rules are those of the storage layer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorksheetBody } from '../../lib/records';
import type { CompletionRule } from '../../lib/worksheet-completion';
import { $worksheets, resetWorksheet, saveWorksheet } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';

const EMPTY_BODY: WorksheetBody = Object.freeze({});
type Update = (body: WorksheetBody) => WorksheetBody;

/** The longest a typed change waits before it is written. */
export const FLUSH_MS = 400;

export function useWorksheet(sheetId: string, contentHash: string, isComplete: CompletionRule) {
  const records = useStored($worksheets, NO_RECORDS);
  const record = records[sheetId];
  const pending = useRef<Update[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const target = useRef({ sheetId, contentHash, isComplete });
  target.current = { sheetId, contentHash, isComplete };
  const [, rerender] = useState(0);
  // The body on screen: the stored one with the queued changes, kept up to date one change at
  // a time (not replayed on every render), and rebuilt when the stored record changes.
  const shown = useRef<{ base: WorksheetBody | undefined; body: WorksheetBody }>({ base: undefined, body: EMPTY_BODY });
  const stored = record?.body ?? EMPTY_BODY;
  if (shown.current.base !== stored) shown.current = { base: stored, body: pending.current.reduce((acc, update) => update(acc), stored) };

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const updates = pending.current;
    if (updates.length === 0) return;
    pending.current = [];
    const { sheetId: id, contentHash: hash, isComplete: rule } = target.current;
    saveWorksheet(id, hash, (body) => updates.reduce((acc, update) => update(acc), body), rule);
    // Shown from the store again (what was written, or what is stored if the write was refused).
    shown.current = { base: undefined, body: EMPTY_BODY };
    // If the store refused the write, the sheet shows what is stored.
    rerender((n) => n + 1);
  }, []);

  const save = useCallback(
    (update: Update) => {
      pending.current = [...pending.current, update];
      shown.current = { ...shown.current, body: update(shown.current.body) };
      // Only typing is coalesced: a click or a choice is written at once.
      const typing = typeof window !== 'undefined' && window.event?.type === 'input';
      if (!typing) {
        flush();
        return;
      }
      if (timer.current === undefined) {
        // The first change after a quiet spell (a click, a first key) is written at once;
        // changes that follow within FLUSH_MS are written together when it ends.
        flush();
        timer.current = setTimeout(flush, FLUSH_MS);
      } else rerender((n) => n + 1);
    },
    [flush],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = [];
    shown.current = { base: undefined, body: EMPTY_BODY };
    resetWorksheet(target.current.sheetId);
    rerender((n) => n + 1);
  }, []);

  const body = shown.current.body;
  const changed = record !== undefined && record.contentHash !== '' && record.contentHash !== contentHash;
  return { record, body, save, reset, changed, flush };
}
