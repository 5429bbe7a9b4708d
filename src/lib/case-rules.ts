/**
 * House rules that every role-identification case follows, so that the same situation earns
 * the same answer in every case. A content test applies them to all cases; `content/README.md`
 * explains them to authors.
 *
 * - Stance `opponent` is for firm opponents only, and their move is to limit their reach. A
 *   mildly negative contact (against the team today, but naming what would change their mind)
 *   is recorded as `neutral` and won over, as the method groups them with neutral people.
 * - A neutral approver who is not also the key decision leader is kept informed, and winning
 *   them over is also accepted: one move and one alternative, the same in every case.
 */
import type { MoveKey, RoleKey, StanceKey } from './vocabulary';

/** The expected answer of one contact, as the rules see it. */
export interface RuleContact {
  id: string;
  answer: { roles: readonly RoleKey[]; stance: StanceKey; move: MoveKey; alsoAccepted?: readonly MoveKey[] };
}

/** The move and alternatives every neutral approver gets. */
export const neutralApproverAnswer = { move: 'keep-informed', alsoAccepted: ['win-over'] } as const satisfies {
  move: MoveKey;
  alsoAccepted: readonly MoveKey[];
};

/** Every broken house rule in a case's contacts, as readable lines. */
export function caseRuleViolations(contacts: readonly RuleContact[]): string[] {
  const problems: string[] = [];
  for (const { id, answer } of contacts) {
    const also = [...(answer.alsoAccepted ?? [])].sort();
    if (answer.stance === 'opponent' && answer.move !== 'limit-reach') {
      problems.push(
        `${id}: an opponent's move is limit-reach (a mildly negative contact is neutral), not ${answer.move}`,
      );
    }
    if (answer.stance === 'opponent' && also.length > 0) problems.push(`${id}: an opponent accepts no other move`);
    const neutralApprover =
      answer.stance === 'neutral' && answer.roles.includes('approver') && !answer.roles.includes('key-decision-leader');
    if (
      neutralApprover &&
      (answer.move !== neutralApproverAnswer.move ||
        JSON.stringify(also) !== JSON.stringify([...neutralApproverAnswer.alsoAccepted]))
    ) {
      problems.push(
        `${id}: a neutral approver is ${neutralApproverAnswer.move}, also accepting ${neutralApproverAnswer.alsoAccepted.join(', ')}; has ${answer.move}, also ${also.join(', ') || 'nothing'}`,
      );
    }
  }
  return problems;
}
