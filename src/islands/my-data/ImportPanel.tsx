/**
 * Import in three steps: read (file or results code) and validate, preview what changes,
 * confirm. Nothing is written before the confirmation; a rejected input changes nothing.
 */
import { useState } from 'react';
import { formatDate } from '../../lib/dates';
import {
  emptyRecords,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_MB,
  parseImport,
  previewImport,
  type ImportResult,
  type LearnerRecords,
} from '../../lib/export-file';
import { kindNames } from '../../lib/record-kinds';
import { decodeResults } from '../../lib/results-code';
import { recordsFromSummary } from '../../lib/results-summary';
import { format } from '../../i18n/format';
import { describeFailure } from '../../i18n/validation';
import { nowIso, recordStores, type AllRecords } from '../../stores/learner';
import { importRecords, type ImportOutcome } from '../../stores/import';
import type { LastActivity } from '../../lib/records';
import type { MyDataStrings } from './strings';

interface Pending {
  records: Partial<LearnerRecords>;
  source: 'file' | 'code';
  label: string;
  last: LastActivity | null;
}
type Mode = 'merge' | 'replace';

/** The freshest stored records (another tab may have saved since this page rendered). */
const freshRecords = (): AllRecords => {
  const out = emptyRecords() as Record<string, Record<string, unknown>>;
  for (const kind of kindNames) {
    const store = recordStores[kind];
    for (const id of Object.keys(store.$records.get())) {
      const value = store.latest(id);
      if (value !== undefined) out[kind]![id] = value;
    }
  }
  return out as unknown as AllRecords;
};
const withAllKinds = (records: Partial<LearnerRecords>): LearnerRecords => ({ ...emptyRecords(), ...records });

export function ImportPanel({ records, lang, t }: { records: AllRecords; lang: string; t: MyDataStrings }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [mode, setMode] = useState<Mode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const [code, setCode] = useState('');

  const reject = (message: string) => {
    setPending(null);
    setConfirming(false);
    setError(message);
  };
  const problem = (result: Extract<ImportResult, { ok: false }>) =>
    format(t[`myData.problem.${result.problem}`], {
      detail: result.failure ? describeFailure(result.failure, t) : result.detail,
      max: String(MAX_IMPORT_MB),
    });

  const readFile = async (file: File | undefined) => {
    setDone(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES)
      return reject(format(t['myData.problem.too-large'], { detail: String(file.size), max: String(MAX_IMPORT_MB) }));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return reject(t['myData.problem.read-failed']);
    }
    const result = parseImport(text, file.size);
    if (!result.ok) return reject(problem(result));
    const date = formatDate(result.file.exportedAt, lang);
    setError('');
    setPending({
      records: result.file.records,
      source: 'file',
      label: format(t['myData.previewFile'], { date }),
      last: result.file.lastActivity,
    });
  };

  const readCode = () => {
    setDone(null);
    const result = decodeResults(code);
    if (!result.ok) return reject(t['myData.problem.code']);
    setError('');
    setMode('merge');
    setPending({
      records: recordsFromSummary(result.summary, freshRecords(), nowIso()),
      source: 'code',
      label: format(t['myData.previewCode'], { name: result.summary.name || '—' }),
      last: null,
    });
  };

  const apply = () => {
    if (!pending) return;
    const outcome = importRecords(pending.records, pending.source === 'code' ? 'merge' : mode, pending.last);
    setPending(null);
    setConfirming(false);
    setDone(outcome);
  };

  const preview = pending ? previewImport(records, withAllKinds(pending.records)) : null;
  const removed = preview ? kindNames.reduce((n, k) => n + preview.counts[k].removedOnReplace, 0) : 0;
  const kindLabel = (k: string) => (t as Record<string, string>)[`myData.kind.${k}`] ?? k;
  const doneMessage = !done
    ? ''
    : done.failed.length === 0
      ? t['myData.imported']
      : done.written === 0
        ? format(t['myData.importFailed'], { n: done.failed.length })
        : format(t['myData.importPartial'], { written: done.written, n: done.failed.length });

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t['myData.importTitle']}</h2>
      <p>{t['myData.importBody']}</p>
      <label htmlFor="import-file">{t['myData.importFile']}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void readFile(e.currentTarget.files?.[0])}
      />
      <label htmlFor="import-code" className="code-label">
        {t['myData.importCode']}
      </label>
      <textarea
        id="import-code"
        rows={2}
        maxLength={4000}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <p>
        <button type="button" className="secondary" onClick={readCode} disabled={code.trim() === ''}>
          {t['myData.importCodeButton']}
        </button>
      </p>

      <div aria-live="polite" data-testid="import-status">
        {error && (
          <p className="notice warn" role="alert">
            {error} {t['myData.nothingChanged']}
          </p>
        )}
        {done && (
          <p
            className={done.failed.length === 0 ? 'notice' : 'notice warn'}
            role={done.failed.length === 0 ? undefined : 'alert'}
          >
            {doneMessage}
          </p>
        )}
      </div>

      {pending && preview && (
        <div className="preview" data-testid="import-preview">
          <h3>{t['myData.previewTitle']}</h3>
          <p>{pending.label}</p>
          <ul>
            {kindNames.map((k) => (
              <li key={k}>{format(t['myData.previewRow'], { kind: kindLabel(k), ...preview.counts[k] })}</li>
            ))}
          </ul>
          {pending.source === 'file' && (
            <fieldset>
              <legend>{t['myData.modeLegend']}</legend>
              <label className="option">
                <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
                {t['myData.modeMerge']}
              </label>
              <label className="option">
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />{' '}
                {t['myData.modeReplace']}
              </label>
              {mode === 'replace' && removed > 0 && (
                <p className="notice warn">{format(t['myData.previewRemoved'], { n: removed })}</p>
              )}
            </fieldset>
          )}
          {!confirming ? (
            <button type="button" onClick={() => setConfirming(true)}>
              {t['myData.importButton']}
            </button>
          ) : (
            <div role="alertdialog" aria-labelledby="import-confirm" className="confirm">
              <p id="import-confirm">
                <strong>{t['myData.confirmImport']}</strong>
              </p>
              <button type="button" onClick={apply}>
                {t['myData.confirm']}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t['myData.cancel']}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
