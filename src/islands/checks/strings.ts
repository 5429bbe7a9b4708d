/** The UI strings the knowledge-check islands need (placeholders are filled with `format` from src/i18n/format.ts). */
import type { UIKey } from '../../i18n';
import type { Answer } from '../../lib/quiz';

/** Keys for the check status line (index cards and check pages). */
export const statusKeys = [
  'checks.notAttempted',
  'checks.best',
  'checks.attempts',
  'checks.passed',
  'checks.notPassed',
  'checks.changed',
] as const satisfies readonly UIKey[];

/** Keys for the quiz island (includes the status keys). */
export const quizKeys = [
  ...statusKeys,
  'checks.start',
  'checks.loadFailed',
  'checks.questionOf',
  'checks.hint.single',
  'checks.hint.multiple',
  'checks.hint.order',
  'checks.hint.match',
  'checks.order.moveUp',
  'checks.order.moveDown',
  'checks.order.position',
  'checks.order.moveUpItem',
  'checks.order.moveDownItem',
  'checks.order.positionItem',
  'checks.order.moved',
  'checks.order.atTop',
  'checks.order.atBottom',
  'checks.order.correctOrder',
  'checks.order.inPlace',
  'checks.order.belongsAt',
  'checks.order.notArranged',
  'print.orderHint',
  'checks.match.definitions',
  'checks.match.choose',
  'checks.match.option',
  'checks.match.right',
  'checks.match.yourChoice',
  'checks.match.noChoice',
  'checks.match.rightDefinition',
  'checks.check',
  'checks.unanswered',
  'checks.allAnswered',
  'checks.verdict.right',
  'checks.verdict.partial',
  'checks.verdict.partialShort',
  'checks.verdict.wrong',
  'checks.verdict.unanswered',
  'checks.option.pickedRight',
  'checks.option.pickedWrong',
  'checks.option.theAnswer',
  'checks.option.missed',
  'checks.option.notTheAnswer',
  'checks.option.rightlyLeft',
  'checks.result.title',
  'checks.result.score',
  'checks.result.passed',
  'checks.result.notPassed',
  'checks.result.counts',
  'checks.result.jump',
  'checks.tryAgain',
  'checks.tryAgainFinal',
  'checks.result.certificate',
] as const satisfies readonly UIKey[];

export type StatusStrings = Record<(typeof statusKeys)[number], string>;
export type QuizStrings = Record<(typeof quizKeys)[number], string>;

/** Letters for the definitions of a match question. */
export const letter = (index: number) => String.fromCharCode(65 + index);

/** What every question view receives: its question, the attempt's layout, the answer so far. */
export interface QuestionViewProps<Q> {
  question: Q;
  /** Ids (options, items or definitions) in this attempt's display order. */
  layout: readonly string[];
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  checked: boolean;
  strings: QuizStrings;
}
