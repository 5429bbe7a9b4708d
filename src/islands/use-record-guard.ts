/**
 * What an island editing one record must know besides its value: whether a newer version
 * of the site saved it (then it is read-only until a reload, so no keystroke is eaten), and
 * whether another tab has it open.
 */
import { useEffect } from 'react';
import type { RecordKind } from '../lib/record-kinds';
import { recordStores } from '../stores/learner';
import { $openElsewhere, openItem } from '../stores/presence';
import { NO_IDS, useStored } from './use-stored';

const NO_TABS: Readonly<Record<string, readonly string[]>> = Object.freeze({});

export function useRecordGuard(kind: RecordKind, id: string) {
  const future = useStored(recordStores[kind].$future, NO_IDS);
  const elsewhere = useStored($openElsewhere, NO_TABS);
  const item = `${kind}:${id}`;
  useEffect(() => openItem(item), [item]);
  return { locked: future.includes(id), openElsewhere: (elsewhere[item]?.length ?? 0) > 0 };
}
