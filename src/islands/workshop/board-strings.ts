import { validationKeys } from '../../i18n/validation';

/** The UI strings the results board and class results islands take from the page. */
export const boardStrings = [
  'workshop.codes', 'workshop.read', 'workshop.clear', 'workshop.reading', 'workshop.damaged', 'workshop.chatter', 'workshop.merged',
  'workshop.unknownIds', 'workshop.cut', 'workshop.notKept', 'workshop.kept', 'workshop.empty', 'workshop.count', 'workshop.colName',
  'workshop.colRead', 'workshop.colFinal', 'workshop.colExercises', 'workshop.colWorksheets', 'workshop.unnamed', 'workshop.passed',
  'workshop.notTaken', 'workshop.csv', 'workshop.table', 'workshop.average', 'workshop.passRate', 'workshop.sortBy', 'workshop.showMore',
  'punct.listSep',
] as const;
export type BoardStrings = Record<(typeof boardStrings)[number], string>;

export const classStrings = [
  'class.files', 'class.drop', 'class.reading', 'class.bad', 'class.same', 'class.learners', 'class.stagesTitle', 'class.stage', 'class.readShare',
  'class.checkAverage', 'class.checkPass', 'class.taken', 'class.exercisesTitle', 'class.exercise', 'class.exerciseAverage', 'class.missedTitle',
  'class.missedNote', 'class.contact', 'class.missedShare', 'class.answered', 'class.confusionTitle', 'class.confusionNote', 'class.expected',
  'class.chosen', 'class.csv', 'class.none', 'class.chart', 'class.clearFiles',
  'myData.problem.too-large', 'myData.problem.empty', 'myData.problem.not-json', 'myData.problem.not-object', 'myData.problem.wrong-format', 'myData.problem.newer-version',
  'myData.problem.unknown-version', 'myData.problem.forbidden-key', 'myData.problem.invalid', 'myData.problem.read-failed', 'punct.listSep', 'punct.colon', ...validationKeys,
] as const;
export type ClassStrings = Record<(typeof classStrings)[number], string>;
