/**
 * Bringing the progress an LMS kept (suspend_data) into this browser: the import action in
 * merge mode (each kind by its registry rule: the newer record wins, scores and attempts
 * never go down), on the freshest stored records. Where the learner left off: the later of
 * the two.
 */
import type { LearnerRecords } from '../lib/record-kinds';
import type { LastActivity } from '../lib/records';
import { importRecords, type ImportOutcome } from './import';
import { $lastActivity } from './learner';

export function mergeLmsRecords(incoming: LearnerRecords, last: LastActivity | null): ImportOutcome {
  const outcome = importRecords(incoming, 'merge');
  const here = $lastActivity.get();
  if (last && (!here || last.at > here.at)) $lastActivity.set(last);
  return outcome;
}
