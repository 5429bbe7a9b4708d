import { useState } from 'react';
import { encodeResults } from '../../lib/results-code';
import { summarize } from '../../lib/results-summary';
import { format } from '../../i18n/format';
import type { AllRecords } from '../../stores/learner';
import type { MyDataStrings } from './strings';

export function ResultsCodePanel({ records, t }: { records: AllRecords; t: MyDataStrings }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions): the code stays selected in the box for a manual copy.
      document.querySelector<HTMLTextAreaElement>('#results-code')?.select();
    }
  };
  return (
    <section className="card" aria-labelledby="code-title">
      <h2 id="code-title">{t['myData.codeTitle']}</h2>
      <p>{t['myData.codeBody']}</p>
      <label htmlFor="code-name">{t['myData.codeName']}</label>
      <input
        id="code-name"
        value={name}
        maxLength={60}
        autoComplete="name"
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <p>
        <button
          type="button"
          onClick={() => {
            setCode(encodeResults(summarize(records, name)));
            setCopied(false);
          }}
        >
          {t['myData.codeButton']}
        </button>
      </p>
      {code && (
        <>
          <label htmlFor="results-code">{format(t['myData.codeLabel'], { n: code.length })}</label>
          <textarea id="results-code" readOnly value={code} rows={3} data-testid="results-code" />
          <p>
            <button type="button" className="secondary" onClick={copy}>
              {t['myData.copy']}
            </button>{' '}
            <span aria-live="polite">{copied ? t['myData.copied'] : ''}</span>
          </p>
        </>
      )}
    </section>
  );
}
