/**
 * Which client account the account plan shows in this tab: the one in the address
 * (`?client=`, matched without regard to case or surrounding spaces), else the client whose
 * plan changed last, else the client of the most recently changed open opportunity.
 */
import { useEffect, useMemo } from 'react';
import {
  accountPlanRecordId,
  ACCOUNT_PLAN,
  clientAccounts,
  clientKey,
  clientName,
  type ClientAccount,
} from '../../lib/client-accounts';
import type { OpportunityRecord } from '../../lib/opportunity-record';
import type { WorksheetRecord } from '../../lib/records';
import { defaultClientName } from '../../stores/migrate-opportunities';
import { $chosenClient, chooseClient, defaultChoice } from '../../stores/opportunities';
import { flushPendingText } from '../use-coalesced-text';
import { useStored } from '../use-stored';

export interface ClientChoice {
  /** Every client account (and the chosen one, even before its plan is written), by name. */
  options: ClientAccount[];
  /** The chosen client's name, or null. */
  chosen: string | null;
  /** The plan's record id (the bare sheet id while no client is chosen). */
  recordId: string;
  choose: (name: string) => void;
  add: (name: string) => void;
  /** The client to write to: the chosen one, or "My client" chosen now. */
  ensure: () => { recordId: string; client: string };
}

function lastChangedPlan(
  accounts: ClientAccount[],
  records: Readonly<Record<string, Pick<WorksheetRecord, 'updatedAt'>>>,
): string | null {
  let best: { name: string; at: string } | null = null;
  for (const a of accounts) {
    const at = records[a.planId]?.updatedAt;
    if (at && (!best || at > best.at)) best = { name: a.name, at };
  }
  return best?.name ?? null;
}

export function useClientChoice(
  active: boolean,
  opportunities: Record<string, OpportunityRecord>,
  records: Record<string, WorksheetRecord>,
): ClientChoice | null {
  const picked = useStored($chosenClient, null);
  const choice = useMemo<ClientChoice | null>(() => {
    if (!active) return null;
    const accounts = clientAccounts(opportunities, records);
    const pickedId = picked ? accountPlanRecordId(picked) : null;
    const known = pickedId ? accounts.find((a) => a.planId === pickedId) : undefined;
    const fallbackOpp = defaultChoice(opportunities);
    const chosen =
      known?.name ??
      (pickedId ? clientName(picked!) : null) ??
      lastChangedPlan(accounts, records) ??
      (fallbackOpp && clientKey(opportunities[fallbackOpp]!.client)
        ? clientName(opportunities[fallbackOpp]!.client)
        : null);
    const chosenId = chosen ? accountPlanRecordId(chosen) : null;
    const options =
      chosen && chosenId && !accounts.some((a) => a.planId === chosenId)
        ? [...accounts, { name: chosen, planId: chosenId }].sort((a, b) => a.name.localeCompare(b.name))
        : accounts;
    return {
      options,
      chosen,
      recordId: chosenId ?? ACCOUNT_PLAN,
      choose: (name) => {
        flushPendingText(); // what was typed belongs to the client shown until now
        chooseClient(name);
      },
      add: (name) => {
        flushPendingText();
        const named = clientName(name) || defaultClientName();
        chooseClient(accounts.find((a) => a.planId === accountPlanRecordId(named))?.name ?? named);
      },
      ensure: () => {
        const client = chosen ?? defaultClientName();
        if (!chosen) chooseClient(client);
        return { recordId: accountPlanRecordId(client)!, client };
      },
    };
  }, [active, opportunities, records, picked]);
  // Hold on to the choice: another tab's plan changing must not switch this one.
  useEffect(() => {
    if (choice?.chosen && picked !== choice.chosen && clientKey(picked ?? '') !== clientKey(choice.chosen))
      chooseClient(choice.chosen);
  }, [choice?.chosen, picked]);
  return choice;
}
