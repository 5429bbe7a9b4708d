import { useState } from 'react';
import { clearAllRecords } from '../../stores/learner';
import { exportAll } from './ExportPanel';
import type { MyDataStrings } from './strings';

/**
 * A shared laptop in a workshop: offer the export first, then clear everything after a
 * confirmation, so one participant's work never passes to the next by accident.
 */
export function NextParticipantPanel({ t }: { t: MyDataStrings }) {
  const [step, setStep] = useState<'idle' | 'export' | 'confirm' | 'done'>('idle');
  const [exported, setExported] = useState(false);
  const cancel = () => {
    setStep('idle');
    setExported(false);
  };
  return (
    <section className="card" aria-labelledby="next-title" data-testid="next-participant">
      <h2 id="next-title">{t['myData.nextTitle']}</h2>
      <p>{t['myData.nextBody']}</p>
      {(step === 'idle' || step === 'done') && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setStep('export');
            setExported(false);
          }}
        >
          {t['myData.nextButton']}
        </button>
      )}
      {step === 'export' && (
        <div className="confirm" role="group" aria-labelledby="next-export">
          <p id="next-export">{t['myData.nextExport']}</p>
          <button
            type="button"
            onClick={() => {
              exportAll();
              setExported(true);
            }}
          >
            {t['myData.exportButton']}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setStep('confirm')}>
            {t['myData.nextContinue']}
          </button>{' '}
          <button type="button" className="secondary" onClick={cancel}>
            {t['myData.cancel']}
          </button>
          {exported && <p role="status">{t['myData.nextExported']}</p>}
        </div>
      )}
      {step === 'confirm' && (
        <div role="alertdialog" aria-labelledby="next-confirm" className="confirm">
          <p id="next-confirm">
            <strong>{t['myData.nextConfirm']}</strong>
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              clearAllRecords();
              setStep('done');
            }}
          >
            {t['myData.nextClear']}
          </button>{' '}
          <button type="button" className="secondary" onClick={cancel}>
            {t['myData.cancel']}
          </button>
        </div>
      )}
      <p aria-live="polite">{step === 'done' ? t['myData.nextDone'] : ''}</p>
    </section>
  );
}
