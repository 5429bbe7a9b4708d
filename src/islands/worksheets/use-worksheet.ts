/**
 * One worksheet's stored record for an island: the body to render (empty until hydrated),
 * a `save` that writes through the learner store, and whether the content changed since.
 */
import { useCallback } from 'react';
import type { WorksheetBody } from '../../lib/records';
import type { CompletionRule } from '../../lib/worksheet-completion';
import { $worksheets, resetWorksheet, saveWorksheet } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';

const EMPTY_BODY: WorksheetBody = Object.freeze({});

export function useWorksheet(sheetId: string, contentHash: string, isComplete: CompletionRule) {
  const records = useStored($worksheets, NO_RECORDS);
  const record = records[sheetId];
  const body = record?.body ?? EMPTY_BODY;
  const save = useCallback((update: (body: WorksheetBody) => WorksheetBody) => saveWorksheet(sheetId, contentHash, update, isComplete), [sheetId, contentHash, isComplete]);
  const reset = useCallback(() => resetWorksheet(sheetId), [sheetId]);
  const changed = record !== undefined && record.contentHash !== '' && record.contentHash !== contentHash;
  return { record, body, save, reset, changed };
}
