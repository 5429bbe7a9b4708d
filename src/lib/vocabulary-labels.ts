/** Builds the role / stance / move label tables an island needs from a translator. */
import { moveKeys, roleKeys, stanceKeys, type MoveKey, type RoleKey, type StanceKey } from './vocabulary';

export function vocabularyLabels(
  label: (key: `role.${RoleKey}` | `stance.${StanceKey}` | `move.${MoveKey}`) => string,
) {
  return {
    roles: Object.fromEntries(roleKeys.map((k) => [k, label(`role.${k}`)])) as Record<RoleKey, string>,
    stances: Object.fromEntries(stanceKeys.map((k) => [k, label(`stance.${k}`)])) as Record<StanceKey, string>,
    moves: Object.fromEntries(moveKeys.map((k) => [k, label(`move.${k}`)])) as Record<MoveKey, string>,
  };
}
