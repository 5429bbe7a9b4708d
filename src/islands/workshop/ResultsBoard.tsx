/** The instructor's board: pasted results codes in, one table row per learner out. Nothing is stored. */
import { useState } from 'react';
import { boardChecks, boardCsv, checkBest, readBoard, type Board } from '../../lib/results-board';
import { format } from '../../i18n/format';
import { downloadText } from '../download';

export const boardStrings = [
  'workshop.codes', 'workshop.read', 'workshop.rejected', 'workshop.empty', 'workshop.count', 'workshop.colName', 'workshop.colRead',
  'workshop.colCheck', 'workshop.colFinal', 'workshop.colExercises', 'workshop.colWorksheets', 'workshop.unnamed', 'workshop.passed',
  'workshop.notTaken', 'workshop.csv', 'workshop.table', 'punct.listSep',
] as const;

const PASS_MARK = 80;

export default function ResultsBoard({ t }: { t: Record<(typeof boardStrings)[number], string> }) {
  const [text, setText] = useState('');
  const [board, setBoard] = useState<Board | null>(null);
  const checkHeadings = boardChecks.map((id, i) => (id === 'final' ? t['workshop.colFinal'] : format(t['workshop.colCheck'], { n: i + 1 })));
  const csv = () =>
    board &&
    downloadText(
      boardCsv(board, { name: t['workshop.colName'], read: t['workshop.colRead'], exercises: t['workshop.colExercises'], worksheets: t['workshop.colWorksheets'], checks: checkHeadings }),
      'ssm-playbook-workshop.csv',
      'text/csv',
    );

  return (
    <div className="results-board">
      <label htmlFor="board-codes">{t['workshop.codes']}</label>
      <textarea id="board-codes" rows={6} maxLength={400_000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <p><button type="button" onClick={() => setBoard(readBoard(text))}>{t['workshop.read']}</button></p>
      <div aria-live="polite">
        {board && board.rejected.length > 0 && <p className="notice warn" role="alert">{format(t['workshop.rejected'], { lines: board.rejected.join(t['punct.listSep']) })}</p>}
        {board && <p><strong>{board.rows.length === 0 ? t['workshop.empty'] : format(t['workshop.count'], { n: board.rows.length })}</strong></p>}
      </div>
      {board && board.rows.length > 0 && (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t['workshop.table']}>
            <table data-testid="results-board">
              <thead>
                <tr>
                  <th scope="col">{t['workshop.colName']}</th>
                  <th scope="col">{t['workshop.colRead']}</th>
                  {checkHeadings.map((h) => <th scope="col" key={h}>{h}</th>)}
                  <th scope="col">{t['workshop.colExercises']}</th>
                  <th scope="col">{t['workshop.colWorksheets']}</th>
                </tr>
              </thead>
              <tbody>
                {board.rows.map(({ line, summary: s }) => (
                  <tr key={line}>
                    <th scope="row">{s.name || t['workshop.unnamed']}</th>
                    <td>{s.read.length}/7</td>
                    {boardChecks.map((id) => {
                      const best = checkBest(s, id);
                      return (
                        <td key={id}>
                          {best === null ? <span className="muted">{t['workshop.notTaken']}</span> : <>{best}%{best >= PASS_MARK && <> ✓<span className="visually-hidden"> {t['workshop.passed']}</span></>}</>}
                        </td>
                      );
                    })}
                    <td>{s.exercises.length}</td>
                    <td>{s.worksheets.filter((w) => w.completed).length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p><button type="button" className="secondary" onClick={csv}>{t['workshop.csv']}</button></p>
        </>
      )}
    </div>
  );
}
