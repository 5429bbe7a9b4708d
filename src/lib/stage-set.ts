/**
 * Checks that a locale's stage files form exactly the stages 1 to 7, once each.
 * Zod validates one file at a time; this catches what only the set shows.
 */
export interface StageRef {
  /** Where the stage came from, for the error message (a file id). */
  file: string;
  number: number;
}

/** Problems with a locale's set of stages; empty when it is exactly 1..7. */
export function stageSetProblems(stages: StageRef[], locale: string): string[] {
  const problems: string[] = [];
  const byNumber = new Map<number, string[]>();
  for (const stage of stages) {
    byNumber.set(stage.number, [...(byNumber.get(stage.number) ?? []), stage.file]);
  }
  for (const [number, files] of byNumber) {
    if (files.length > 1) problems.push(`stage ${number} is defined twice (${files.join(', ')})`);
    if (number < 1 || number > 7) problems.push(`stage number ${number} is outside 1 to 7 (${files.join(', ')})`);
  }
  for (let number = 1; number <= 7; number++) {
    if (!byNumber.has(number)) problems.push(`stage ${number} is missing in locale "${locale}"`);
  }
  return problems;
}
