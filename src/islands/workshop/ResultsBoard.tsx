/**
 * The instructor's board: pasted results codes in, one table row per learner out. The pasted
 * list is kept until cleared (src/stores/workshop-board.ts); long pastes are read in slices
 * so the page never freezes.
 */
import { useEffect, useRef, useState } from 'react';
import {
  boardColumns,
  boardCsv,
  createBoardReader,
  type Board,
  type BoardColumn,
  type KnownIds,
} from '../../lib/results-board';
import { format } from '../../i18n/format';
import { downloadText } from '../download';
import { $boardCodes, clearBoardCodes, keepBoardCodes } from '../../stores/workshop-board';
import { BoardTable } from './BoardTable';
import type { BoardStrings } from './board-strings';
import { yieldToPage } from '../../lib/yield';

interface Props {
  t: BoardStrings;
  locale: string;
  known: KnownIds;
  /** Check column headings: stage slug (and `final`) → name. */
  checkNames: Record<string, string>;
}

/** Reads lines for about this long before letting the page paint and respond. */
const SLICE_MS = 25;

export default function ResultsBoard({ t, locale, known, checkNames }: Props) {
  const [text, setText] = useState('');
  const [board, setBoard] = useState<Board | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [notKept, setNotKept] = useState(false);
  const run = useRef(0);

  const headings = Object.fromEntries(
    boardColumns.map((c) => [
      c,
      c === 'name'
        ? t['workshop.colName']
        : c === 'read'
          ? t['workshop.colRead']
          : c === 'exercises'
            ? t['workshop.colExercises']
            : c === 'worksheets'
              ? t['workshop.colWorksheets']
              : (checkNames[c] ?? c),
    ]),
  ) as Record<BoardColumn, string>;

  async function read(source: string) {
    const id = ++run.current;
    setProgress(0);
    // Keeping the list (up to 1 MB written to storage) and reading it are tasks of their own.
    await yieldToPage();
    setNotKept(!keepBoardCodes(source));
    await yieldToPage();
    if (id !== run.current) return;
    const reader = createBoardReader(source, known);
    while (!reader.done()) {
      const start = performance.now();
      while (!reader.done() && performance.now() - start < SLICE_MS) reader.step(25);
      setProgress(reader.step(0));
      await yieldToPage();
      // A newer reading started (or the list was cleared): drop this one.
      if (id !== run.current) return;
    }
    setProgress(null);
    setBoard(reader.result());
  }

  // The list kept from an earlier visit: restore it and show its board, once, after hydration
  // (the server rendered an empty list).
  useEffect(() => {
    const kept = $boardCodes.get();
    if (kept === '') return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the kept list is restored once after hydration, never in the server render
    setText(kept);
    void read(kept);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  const clear = () => {
    run.current++;
    clearBoardCodes();
    setText('');
    setBoard(null);
    setProgress(null);
    setNotKept(false);
  };
  const csv = () =>
    board && downloadText(boardCsv(board.rows, headings), 'ssm-playbook-workshop.csv', 'text/csv;charset=utf-8');
  const lines = (list: readonly number[]) => list.join(t['punct.listSep']);

  return (
    <div className="results-board">
      <label htmlFor="board-codes">{t['workshop.codes']}</label>
      <textarea
        id="board-codes"
        rows={6}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        spellCheck={false}
      />
      <p className="board-actions">
        <button type="button" onClick={() => void read(text)}>
          {t['workshop.read']}
        </button>
        <button type="button" className="secondary" onClick={clear}>
          {t['workshop.clear']}
        </button>
      </p>
      <p className="muted">{t['workshop.kept']}</p>
      {progress !== null && (
        <p>
          <label htmlFor="board-progress">{t['workshop.reading']}</label>{' '}
          <progress id="board-progress" max={100} value={Math.round(progress * 100)} />
        </p>
      )}
      <div aria-live="polite">
        {notKept && <p className="notice">{t['workshop.notKept']}</p>}
        {board?.cutAtLine && (
          <p className="notice warn" role="alert">
            {format(t['workshop.cut'], { line: board.cutAtLine })}
          </p>
        )}
        {board && board.damaged.length > 0 && (
          <p className="notice warn" role="alert">
            {format(t['workshop.damaged'], { lines: lines(board.damaged.map((d) => d.line)) })}
          </p>
        )}
        {board && board.merged.length > 0 && (
          <p className="notice" data-testid="board-merged">
            {board.merged
              .map((m) => format(t['workshop.merged'], { name: m.name, lines: lines(m.lines), last: m.lines.at(-1)! }))
              .join(' ')}
          </p>
        )}
        {board && board.unknownIds.length > 0 && (
          <p className="notice">
            {format(t['workshop.unknownIds'], { lines: lines(board.unknownIds.map((u) => u.line)) })}
          </p>
        )}
        {board && board.chatter > 0 && <p className="muted">{format(t['workshop.chatter'], { n: board.chatter })}</p>}
        {board && (
          <p>
            <strong>
              {board.rows.length === 0 ? t['workshop.empty'] : format(t['workshop.count'], { n: board.rows.length })}
            </strong>
          </p>
        )}
      </div>
      {board && board.rows.length > 0 && (
        <>
          <BoardTable rows={board.rows} headings={headings} locale={locale} t={t} />
          <p>
            <button type="button" className="secondary" onClick={csv}>
              {t['workshop.csv']}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
