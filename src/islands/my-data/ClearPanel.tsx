import { useState } from 'react';
import { clearAllRecords } from '../../stores/learner';
import type { MyDataStrings } from './strings';

export function ClearPanel({ t }: { t: MyDataStrings }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  return (
    <section className="card danger-zone" aria-labelledby="clear-title">
      <h2 id="clear-title">{t['myData.clearTitle']}</h2>
      <p>{t['myData.clearBody']}</p>
      {step !== 'confirm' && (
        <button type="button" className="danger" onClick={() => setStep('confirm')}>
          {t['myData.clearButton']}
        </button>
      )}
      {step === 'confirm' && (
        <div role="alertdialog" aria-labelledby="clear-confirm" className="confirm">
          <p id="clear-confirm">
            <strong>{t['myData.clearConfirm']}</strong>
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              clearAllRecords();
              setStep('done');
            }}
          >
            {t['myData.clearYes']}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setStep('idle')}>
            {t['myData.cancel']}
          </button>
        </div>
      )}
      <p aria-live="polite">{step === 'done' ? t['myData.cleared'] : ''}</p>
    </section>
  );
}
