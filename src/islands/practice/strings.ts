/** The UI strings every practice island receives (picked by the page, one table per island). */
export const practiceStrings = [
  'practice.check', 'practice.tryAgain', 'practice.startAgain', 'practice.savedLocal', 'practice.changed',
  'practice.result.title', 'practice.result.score', 'practice.result.best', 'practice.attempts.one', 'practice.attempts.other',
  'practice.result.allRight', 'practice.result.toReview.one', 'practice.result.toReview.other', 'practice.lesson',
  'practice.right', 'practice.wrong', 'practice.why', 'practice.unanswered.one', 'practice.unanswered.other',
  'practice.outcome.verdictLegend', 'practice.outcome.reached', 'practice.outcome.notYet', 'practice.outcome.missingLegend',
  'practice.outcome.missingHint', 'practice.outcome.verdictRight', 'practice.outcome.verdictWrong', 'practice.outcome.shouldBeMissing',
  'practice.outcome.shouldBeSeen', 'practice.outcome.markedMissing', 'practice.outcome.markedSeen', 'practice.outcome.theOutcome',
  'practice.verifiable.vague', 'practice.verifiable.choose', 'practice.verifiable.rightAnswer', 'practice.verifiable.order',
  'practice.order.moveUp', 'practice.order.moveDown', 'practice.order.moveUpItem', 'practice.order.moveDownItem', 'practice.order.moved',
  'practice.order.atTop', 'practice.order.atBottom', 'practice.order.inPlace', 'practice.order.belongsAt', 'practice.order.correctOrder',
  'practice.branching.you', 'practice.branching.narration', 'practice.branching.whatNow', 'practice.branching.debrief', 'practice.branching.outcome',
  'practice.branching.yourPath', 'practice.branching.quality.best', 'practice.branching.quality.ok', 'practice.branching.quality.poor',
  'practice.branching.betterMove', 'practice.branching.step',
  'punct.colon',
] as const;

export type PracticeStrings = Record<(typeof practiceStrings)[number], string>;
