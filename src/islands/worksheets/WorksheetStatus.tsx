/** "Started" / "Completed" for one worksheet card (over every opportunity), shown once the stored records are known. */
import { format } from '../../i18n/format';
import { sheetStates } from '../../lib/worksheet-records';
import { $worksheets } from '../../stores/learner';
import { useHydrated } from '../use-hydrated';
import { NO_RECORDS, useStored } from '../use-stored';
import type { statusKeys, Strings } from './strings';

export default function WorksheetStatus({ sheetId, t }: { sheetId: string; t: Strings<typeof statusKeys> }) {
  const records = useStored($worksheets, NO_RECORDS);
  // The server cannot know what this browser stored: say nothing until hydrated.
  const hydrated = useHydrated();
  // Started or completed for any opportunity.
  const record = sheetStates(records, [sheetId])[sheetId];
  const state = record?.completed ? 'completed' : record ? 'started' : 'notStarted';
  return (
    <span className="ws-card-status" data-testid={`status-${sheetId}`} data-state={hydrated ? state : undefined}>
      {hydrated && (
        <span className="tag">{format(t['worksheet.status.label'], { status: t[`worksheet.status.${state}`] })}</span>
      )}
    </span>
  );
}
