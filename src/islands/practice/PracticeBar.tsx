/**
 * The foot of a practice exercise: "Check" until checked, the saved-in-this-browser line and
 * any warning, then the result panel in its place. Shared by the practice engines that check
 * all answers at once.
 */
import type { ComponentProps } from 'react';
import type { PracticeStrings } from './strings';
import { ResultPanel } from './ResultPanel';

type ResultProps = Omit<ComponentProps<typeof ResultPanel>, 't' | 'retryLabel' | 'children'>;

interface Props {
  checked: boolean;
  onCheck: () => void;
  warning: string | null | undefined;
  result: ResultProps;
  t: PracticeStrings;
}

export function PracticeBar({ checked, onCheck, warning, result, t }: Props) {
  return (
    <>
      <div className="practice-bar">
        {!checked && (
          <button type="button" onClick={onCheck}>
            {t['practice.check']}
          </button>
        )}
        <p className="muted no-print">{t['practice.savedLocal']}</p>
        <div aria-live="polite">{warning && <p className="notice warn">{warning}</p>}</div>
      </div>
      {checked && <ResultPanel {...result} retryLabel={t['practice.tryAgain']} t={t} />}
    </>
  );
}
