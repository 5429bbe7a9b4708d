/** The UI string keys each worksheet island needs; pages pick them with `pickStrings`. */
import type { UIKey } from '../../i18n';

/** Strings as an island receives them. */
export type Strings<K extends readonly UIKey[]> = Record<K[number], string>;

export const frameKeys = [
  'worksheet.savedIdle',
  'worksheet.savedAt',
  'worksheet.storagePage',
  'worksheet.storageTab',
  'worksheet.print',
  'worksheet.printBlank',
  'worksheet.print.pageOf',
  'worksheet.reset',
  'worksheet.resetConfirm',
  'worksheet.actions',
  'worksheet.changed',
  'worksheet.status.completed',
  'worksheet.status.started',
  'worksheet.status.label',
  'worksheet.completeRule',
  'locked.future',
  'locked.reload',
  'tabs.openElsewhere',
  'worksheet.opp.legend',
  'worksheet.opp.select',
  'worksheet.opp.none',
  'worksheet.opp.newName',
  'worksheet.opp.add',
  'worksheet.opp.open',
  'worksheet.opp.unnamed',
] as const satisfies readonly UIKey[];

export const statusKeys = [
  'worksheet.status.notStarted',
  'worksheet.status.started',
  'worksheet.status.completed',
  'worksheet.status.label',
] as const satisfies readonly UIKey[];
