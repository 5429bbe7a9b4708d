/** The My data page: storage state, export, import, results code, next participant, clear. */
import { $allRecords } from '../../stores/learner';
import { $storageHealth } from '../../stores/storage-engine';
import { NO_LEARNER_RECORDS, useStored } from '../use-stored';
import { ClearPanel } from './ClearPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { NextParticipantPanel } from './NextParticipantPanel';
import { ResultsCodePanel } from './ResultsCodePanel';
import type { MyDataStrings } from './strings';

export default function MyData({ lang, t }: { lang: string; t: MyDataStrings }) {
  const records = useStored($allRecords, NO_LEARNER_RECORDS);
  const health = useStored($storageHealth, 'ok');
  return (
    <div className="my-data">
      <p className={health === 'ok' ? 'muted' : 'notice warn'} data-testid="storage-health">
        {t[`myData.storage.${health}`]}
      </p>
      <ExportPanel records={records} t={t} />
      <ImportPanel records={records} lang={lang} t={t} />
      <ResultsCodePanel records={records} t={t} />
      <NextParticipantPanel t={t} />
      <ClearPanel t={t} />
    </div>
  );
}
