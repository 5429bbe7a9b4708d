/** The UI strings the My data island needs (picked on the server, passed as a prop). */
import { validationKeys } from '../../i18n/validation';

export const myDataStrings = [
  ...validationKeys,
  'myData.importFailed', 'myData.importPartial',
  'myData.exportTitle', 'myData.exportBody', 'myData.exportButton', 'myData.exportSummary',
  'myData.importTitle', 'myData.importBody', 'myData.importFile', 'myData.importCode', 'myData.importCodeButton',
  'myData.previewTitle', 'myData.previewFile', 'myData.previewCode', 'myData.previewRow', 'myData.previewRemoved',
  'myData.kind.read', 'myData.kind.exercise', 'myData.kind.check', 'myData.kind.worksheet',
  'myData.modeLegend', 'myData.modeMerge', 'myData.modeReplace', 'myData.importButton', 'myData.confirmImport', 'myData.confirm', 'myData.cancel', 'myData.imported',
  'myData.problem.too-large', 'myData.problem.empty', 'myData.problem.not-json', 'myData.problem.not-object', 'myData.problem.wrong-format',
  'myData.problem.newer-version', 'myData.problem.unknown-version', 'myData.problem.forbidden-key', 'myData.problem.invalid', 'myData.problem.read-failed', 'myData.problem.code',
  'myData.nothingChanged', 'myData.codeTitle', 'myData.codeBody', 'myData.codeName', 'myData.codeButton', 'myData.codeLabel', 'myData.copy', 'myData.copied',
  'myData.nextTitle', 'myData.nextBody', 'myData.nextButton', 'myData.nextExport', 'myData.nextExported', 'myData.nextContinue', 'myData.nextConfirm', 'myData.nextClear', 'myData.nextDone',
  'myData.clearTitle', 'myData.clearBody', 'myData.clearButton', 'myData.clearConfirm', 'myData.clearYes', 'myData.cleared', 'myData.cancel',
  'myData.storage.ok', 'myData.storage.tab', 'myData.storage.page',
] as const;

export type MyDataStrings = Record<(typeof myDataStrings)[number], string>;
