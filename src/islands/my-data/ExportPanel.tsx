import { buildExport } from '../../lib/export-file';
import { format } from '../../i18n/format';
import { $allRecords, $lastActivity, nowIso, type AllRecords } from '../../stores/learner';
import { downloadText } from '../download';
import type { MyDataStrings } from './strings';

/** Downloads everything stored as one export file (also offered by the next-participant panel). */
export function exportAll() {
  const now = nowIso();
  const file = buildExport($allRecords.get(), $lastActivity.get(), now);
  downloadText(JSON.stringify(file, null, 2), `ssm-playbook-${now.slice(0, 10)}.json`);
}

export function ExportPanel({ records, t }: { records: AllRecords; t: MyDataStrings }) {
  const counts = Object.fromEntries(Object.entries(records).map(([kind, r]) => [kind, Object.keys(r).length]));
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t['myData.exportTitle']}</h2>
      <p>{t['myData.exportBody']}</p>
      <p className="muted" data-testid="stored-summary">
        {format(t['myData.exportSummary'], counts)}
      </p>
      <button type="button" onClick={exportAll}>
        {t['myData.exportButton']}
      </button>
    </section>
  );
}
