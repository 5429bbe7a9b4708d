/**
 * Class results from learners' export files: pick or drop several at once. Files are read
 * here and never stored or sent; one file at a time, so the page stays responsive.
 */
import { useState, type DragEvent } from 'react';
import {
  classCsv,
  parseClassFile,
  rollUpParsed,
  type ClassContent,
  type ClassResults as Results,
  type ParsedClassFile,
} from '../../lib/class-results';
import { MAX_IMPORT_MB } from '../../lib/export-file';
import { csvCell } from '../../lib/results-board';
import { format } from '../../i18n/format';
import { describeFailure } from '../../i18n/validation';
import { downloadText } from '../download';
import { ClassCharts } from './ClassCharts';
import type { ClassStrings } from './board-strings';
import { yieldToPage } from '../../lib/yield';

interface Props {
  t: ClassStrings;
  content: ClassContent;
  /** Display names: stage slugs, `final`, case ids, `<case>/<contact>` and role keys. */
  names: Record<string, string>;
}

export default function ClassResults({ t, content, names }: Props) {
  const [results, setResults] = useState<Results | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);

  async function take(list: FileList | null) {
    if (!list || list.length === 0) return;
    const files: ParsedClassFile[] = [];
    const failed: string[] = [];
    const all = [...list];
    setProgress(0);
    let slice = performance.now();
    for (const [i, file] of all.entries()) {
      try {
        // A file over the import limit is not read at all; parseImport names it by its size.
        files.push(
          parseClassFile({ name: file.name, text: file.size > 1_000_000 ? '' : await file.text(), bytes: file.size }),
        );
      } catch {
        failed.push(file.name);
      }
      if (performance.now() - slice > 25) {
        setProgress((i + 1) / all.length);
        await yieldToPage();
        slice = performance.now();
      }
    }
    await yieldToPage();
    setUnreadable(failed);
    setResults(rollUpParsed(files, content));
    setProgress(null);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files);
  };
  const problem = (bad: Results['bad'][number]) =>
    format(t[`myData.problem.${bad.problem}` as keyof ClassStrings] ?? t['myData.problem.invalid'], {
      detail: bad.failure ? describeFailure(bad.failure, t) : bad.detail,
      max: String(MAX_IMPORT_MB),
    });
  const csv = () =>
    results &&
    downloadText(
      classCsv(
        results,
        {
          names,
          headings: {
            stage: t['class.stage'],
            readShare: t['class.readShare'],
            checkAverage: t['class.checkAverage'],
            checkPass: t['class.checkPass'],
            taken: t['class.taken'],
            exercise: t['class.exercise'],
            exerciseAverage: t['class.exerciseAverage'],
            contact: t['class.contact'],
            missedShare: t['class.missedShare'],
            answered: t['class.answered'],
            expected: t['class.expected'],
          },
        },
        csvCell,
      ),
      'ssm-playbook-class-results.csv',
      'text/csv;charset=utf-8',
    );

  return (
    <div className="class-results">
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="class-drop"
      >
        <label htmlFor="class-files">{t['class.files']}</label>
        <input
          id="class-files"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => void take(e.currentTarget.files)}
        />
        <p className="muted">{t['class.drop']}</p>
      </div>
      {progress !== null && (
        <p>
          <label htmlFor="class-progress">{t['class.reading']}</label>{' '}
          <progress id="class-progress" max={100} value={Math.round(progress * 100)} />
        </p>
      )}
      <div aria-live="polite">
        {results && (results.bad.length > 0 || unreadable.length > 0) && (
          <div className="notice warn" role="alert" data-testid="class-bad">
            <p>{t['class.bad']}</p>
            <ul>
              {results.bad.map((b) => (
                <li key={b.file}>
                  <strong>{b.file}</strong>
                  {t['punct.colon']}
                  {problem(b)}
                </li>
              ))}
              {unreadable.map((name) => (
                <li key={name}>
                  <strong>{name}</strong>
                  {t['punct.colon']}
                  {t['myData.problem.read-failed']}
                </li>
              ))}
            </ul>
          </div>
        )}
        {results && results.sameLearner.length > 0 && (
          <ul className="notice" data-testid="class-same">
            {results.sameLearner.map((s) => (
              <li key={s.counted}>
                {format(t['class.same'], { counted: s.counted, replaced: s.replaced.join(t['punct.listSep']) })}
              </li>
            ))}
          </ul>
        )}
        {results && (
          <p>
            <strong data-testid="class-count">{format(t['class.learners'], { n: results.learners })}</strong>
          </p>
        )}
      </div>
      {results && results.learners > 0 && (
        <>
          <ClassCharts results={results} names={names} t={t} />
          <p className="board-actions">
            <button type="button" className="secondary" onClick={csv}>
              {t['class.csv']}
            </button>
            <button type="button" className="secondary" onClick={() => setResults(null)}>
              {t['class.clearFiles']}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
