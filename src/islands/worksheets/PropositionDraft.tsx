/** The live draft value proposition, with its gaps marked, and a copy button. */
import { useState } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { Proposition } from '../../lib/proposition';
import type { Strings } from './strings';

export const propositionKeys = [
  'worksheet.cra.proposition',
  'worksheet.cra.propositionLead',
  'worksheet.cra.propositionBlank',
  'worksheet.cra.gapsLeft',
  'worksheet.cra.noGaps',
  'worksheet.cra.copy',
  'worksheet.cra.copied',
  'worksheet.cra.copyFailed',
] as const satisfies readonly UIKey[];

interface Props {
  proposition: Proposition;
  /** The template with every placeholder a gap, for the blank handout. */
  blank: Proposition;
  gapLabels: Readonly<Record<string, string>>;
  t: Strings<typeof propositionKeys>;
}

function Parts({ proposition }: { proposition: Proposition }) {
  return proposition.parts.map((p, i) =>
    p.kind === 'gap' ? (
      <span key={i} className="ws-gap">
        {p.text}
      </span>
    ) : (
      <span key={i}>{p.text}</span>
    ),
  );
}

export function PropositionDraft({ proposition, blank, gapLabels, t }: Props) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyText = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(proposition.text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  const gaps = proposition.gaps.map((k) => gapLabels[k] ?? k).join(', ');
  return (
    <section className="ws-section" aria-labelledby="cra-proposition">
      <h2 id="cra-proposition">{t['worksheet.cra.proposition']}</h2>
      <p className="muted ws-filled-only">{t['worksheet.cra.propositionLead']}</p>
      <p className="muted ws-blank-only">{t['worksheet.cra.propositionBlank']}</p>
      <p className="ws-proposition ws-filled-only" data-testid="proposition">
        <Parts proposition={proposition} />
      </p>
      <p className="ws-proposition ws-blank-only">
        <Parts proposition={blank} />
      </p>
      <p className="ws-derived" aria-live="polite" data-testid="proposition-gaps">
        {proposition.gaps.length > 0 ? format(t['worksheet.cra.gapsLeft'], { gaps }) : t['worksheet.cra.noGaps']}
      </p>
      <div className="ws-copy-row no-print">
        <button type="button" className="secondary" onClick={copyText}>
          {t['worksheet.cra.copy']}
        </button>
        <span role="status">
          {copy === 'copied' ? t['worksheet.cra.copied'] : copy === 'failed' ? t['worksheet.cra.copyFailed'] : ''}
        </span>
      </div>
    </section>
  );
}
