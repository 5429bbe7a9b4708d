/**
 * One worksheet's stored record for an island: the body to render (empty until hydrated),
 * a `save` that writes through the learner store, and whether the content changed since.
 * A deal sheet works on the opportunity chosen in this tab (`deal`); with none yet, the
 * first thing typed makes one ("My opportunity"), so a sheet still works on its own.
 * The account plan works on the client account chosen in this tab (`account`); with none,
 * the first thing typed makes "My client".
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { OpportunityRecord } from '../../lib/opportunity-record';
import type { WorksheetBody } from '../../lib/records';
import type { CompletionRule } from '../../lib/worksheet-completion';
import { ACCOUNT_PLAN } from '../../lib/client-accounts';
import { isDealSheet, sheetRecordId } from '../../lib/worksheet-records';
import { $opportunities, $worksheets, resetWorksheet, saveWorksheet } from '../../stores/learner';
import { defaultOpportunityName } from '../../stores/migrate-opportunities';
import { $chosenOpportunity, chooseOpportunity, createOpportunity, defaultChoice } from '../../stores/opportunities';
import { useClientChoice } from './use-client-choice';
import { flushPendingText } from '../use-coalesced-text';
import { NO_RECORDS, useStored } from '../use-stored';
import { placeStoredSheetsOnce } from '../../stores/migrate-opportunities';

// Version-1 deal sheets go to their opportunities before this island reads them.
placeStoredSheetsOnce();

const EMPTY_BODY: WorksheetBody = Object.freeze({});

export interface DealChoice {
  /** Open opportunities (and the chosen one, even when archived), by name. */
  options: { id: string; name: string }[];
  chosen: string | null;
  opportunity: OpportunityRecord | null;
  choose: (id: string) => void;
  add: (name: string) => void;
}

export function useWorksheet(sheetId: string, contentHash: string, isComplete: CompletionRule) {
  const deal = isDealSheet(sheetId);
  const opportunities = useStored($opportunities, NO_RECORDS as Record<string, OpportunityRecord>);
  const picked = useStored($chosenOpportunity, null);
  const oppId = deal ? (picked && opportunities[picked] ? picked : defaultChoice(opportunities)) : null;
  // Hold on to the choice: another tab changing another opportunity must not switch this one.
  useEffect(() => {
    if (deal && oppId && picked !== oppId) chooseOpportunity(oppId);
  }, [deal, oppId, picked]);

  const records = useStored($worksheets, NO_RECORDS);
  const account = useClientChoice(sheetId === ACCOUNT_PLAN, opportunities, records);
  const recordId = account ? account.recordId : sheetRecordId(sheetId, oppId);
  const record = deal && !oppId ? undefined : records[recordId];
  const body = record?.body ?? EMPTY_BODY;
  /** The opportunity to write to: the chosen one, or a new "My opportunity" for a deal sheet. */
  const ensureOpportunity = useCallback((): string | null => {
    if (!deal || oppId) return oppId;
    // Made a moment ago in this same event (typed text written just before a click's own handler): not twice.
    const fresh = $chosenOpportunity.get();
    if (fresh && $opportunities.get()[fresh]) return fresh;
    const made = createOpportunity(defaultOpportunityName());
    chooseOpportunity(made);
    return made;
  }, [deal, oppId]);
  const save = useCallback(
    (update: (body: WorksheetBody) => WorksheetBody) => {
      if (account) {
        const { recordId: planId, client } = account.ensure();
        saveWorksheet(planId, null, contentHash, update, isComplete, client);
        return;
      }
      const target = ensureOpportunity();
      saveWorksheet(sheetRecordId(sheetId, target), target, contentHash, update, isComplete);
    },
    [account, ensureOpportunity, sheetId, contentHash, isComplete],
  );
  const reset = useCallback(() => resetWorksheet(recordId), [recordId]);
  const changed = record !== undefined && record.contentHash !== '' && record.contentHash !== contentHash;

  const dealChoice = useMemo<DealChoice | null>(() => {
    if (!deal) return null;
    const options = Object.entries(opportunities)
      .filter(([id, o]) => !o.archived || id === oppId)
      .map(([id, o]) => ({ id, name: o.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      options,
      chosen: oppId,
      opportunity: oppId ? (opportunities[oppId] ?? null) : null,
      // What was typed belongs to the opportunity shown until now: written before the switch.
      choose: (id: string) => {
        flushPendingText();
        chooseOpportunity(id);
      },
      add: (name: string) => {
        flushPendingText();
        chooseOpportunity(createOpportunity(name || defaultOpportunityName()));
      },
    };
  }, [deal, opportunities, oppId]);

  return { record, recordId, body, save, reset, changed, deal: dealChoice, account, ensureOpportunity };
}
