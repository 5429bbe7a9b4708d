/**
 * Import in three steps: read (file or results code) and validate, preview what changes,
 * confirm. Nothing is written before the confirmation; a rejected input changes nothing.
 */
import { useState } from 'react';
import { MAX_IMPORT_BYTES, mergeRecords, parseImport, previewImport, type ImportProblem, type LearnerRecords } from '../../lib/export-file';
import { decodeResults } from '../../lib/results-code';
import { recordsFromSummary } from '../../lib/results-summary';
import { format } from '../../i18n/format';
import { $lastActivity, nowIso, writeRecords, type AllRecords } from '../../stores/learner';
import type { LastActivity } from '../../lib/records';
import type { MyDataStrings } from './strings';

interface Pending {
  records: LearnerRecords;
  source: 'file' | 'code';
  label: string;
  last: LastActivity | null;
}
type Mode = 'merge' | 'replace';
const kinds = ['read', 'exercise', 'check', 'worksheet'] as const;

export function ImportPanel({ records, lang, t }: { records: AllRecords; lang: string; t: MyDataStrings }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [mode, setMode] = useState<Mode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [code, setCode] = useState('');

  const reject = (message: string) => {
    setPending(null);
    setConfirming(false);
    setError(message);
  };
  const problem = (p: ImportProblem, detail: string) => format(t[`myData.problem.${p}`], { detail });

  const readFile = async (file: File | undefined) => {
    setDone(false);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return reject(problem('too-large', String(file.size)));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return reject(t['myData.problem.read-failed']);
    }
    const result = parseImport(text, file.size);
    if (!result.ok) return reject(problem(result.problem, result.detail));
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(result.file.exportedAt));
    setError('');
    setPending({ records: result.file.records, source: 'file', label: format(t['myData.previewFile'], { date }), last: result.file.lastActivity });
  };

  const readCode = () => {
    setDone(false);
    const result = decodeResults(code);
    if (!result.ok) return reject(t['myData.problem.code']);
    setError('');
    setMode('merge');
    setPending({ records: recordsFromSummary(result.summary, nowIso()), source: 'code', label: format(t['myData.previewCode'], { name: result.summary.name || '—' }), last: null });
  };

  const apply = () => {
    if (!pending) return;
    writeRecords(mode === 'replace' ? pending.records : mergeRecords(records, pending.records), mode);
    if (pending.last && (mode === 'replace' || !$lastActivity.get())) $lastActivity.set(pending.last);
    setPending(null);
    setConfirming(false);
    setDone(true);
  };

  const preview = pending ? previewImport(records, pending.records) : null;
  const removed = preview ? kinds.reduce((n, k) => n + preview.counts[k].removedOnReplace, 0) : 0;

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t['myData.importTitle']}</h2>
      <p>{t['myData.importBody']}</p>
      <label htmlFor="import-file">{t['myData.importFile']}</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      <label htmlFor="import-code" className="code-label">{t['myData.importCode']}</label>
      <textarea id="import-code" rows={2} maxLength={4000} value={code} onChange={(e) => setCode(e.currentTarget.value)} />
      <p><button type="button" className="secondary" onClick={readCode} disabled={code.trim() === ''}>{t['myData.importCodeButton']}</button></p>

      <div aria-live="polite" data-testid="import-status">
        {error && (
          <p className="notice warn" role="alert">
            {error} {t['myData.nothingChanged']}
          </p>
        )}
        {done && <p className="notice">{t['myData.imported']}</p>}
      </div>

      {pending && preview && (
        <div className="preview" data-testid="import-preview">
          <h3>{t['myData.previewTitle']}</h3>
          <p>{pending.label}</p>
          <ul>
            {kinds.map((k) => (
              <li key={k}>{format(t['myData.previewRow'], { kind: t[`myData.kind.${k}`], ...preview.counts[k] })}</li>
            ))}
          </ul>
          {pending.source === 'file' && (
            <fieldset>
              <legend>{t['myData.modeLegend']}</legend>
              <label className="option"><input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t['myData.modeMerge']}</label>
              <label className="option"><input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t['myData.modeReplace']}</label>
              {mode === 'replace' && removed > 0 && <p className="notice warn">{format(t['myData.previewRemoved'], { n: removed })}</p>}
            </fieldset>
          )}
          {!confirming ? (
            <button type="button" onClick={() => setConfirming(true)}>{t['myData.importButton']}</button>
          ) : (
            <div role="alertdialog" aria-labelledby="import-confirm" className="confirm">
              <p id="import-confirm"><strong>{t['myData.confirmImport']}</strong></p>
              <button type="button" onClick={apply}>{t['myData.confirm']}</button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t['myData.cancel']}</button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
