/** Stage warnings that fire, questions for the next client call (every ?) and risks (every No). */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { FollowUp, FollowUps } from '../../lib/assessment';
import type { WarningContent } from './assessment-types';
import type { Strings } from './strings';
import { Icon } from '../Icon';

export const warningKeys = [
  'worksheet.assess.warnings',
  'worksheet.assess.warningsNone',
] as const satisfies readonly UIKey[];
export const followUpKeys = [
  'worksheet.assess.toAsk',
  'worksheet.assess.toAskLead',
  'worksheet.assess.toAskNone',
  'worksheet.assess.risks',
  'worksheet.assess.risksLead',
  'worksheet.assess.risksNone',
  'worksheet.assess.unanswered',
] as const satisfies readonly UIKey[];

/** The warnings for the stage the opportunity has reached. */
export function StageWarnings({
  stage,
  warnings,
  t,
}: {
  stage: number;
  warnings: readonly WarningContent[];
  t: Strings<typeof warningKeys>;
}) {
  return (
    <section className="ws-warnings ws-derived" aria-labelledby="assess-warnings" data-testid="stage-warnings">
      <h2 id="assess-warnings">{format(t['worksheet.assess.warnings'], { n: stage })}</h2>
      <div aria-live="polite">
        {warnings.length === 0 ? (
          <p className="muted">{format(t['worksheet.assess.warningsNone'], { n: stage })}</p>
        ) : (
          <ul className="ws-plain-list">
            {warnings.map((w) => (
              <li key={w.id} className="notice warn" data-warning={w.id}>
                <Icon name="warning" className="ws-icon" /> {w.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface Props {
  followUps: FollowUps;
  /** Number of criteria on the sheet. */
  total: number;
  criterionTexts: Readonly<Record<string, string>>;
  t: Strings<typeof followUpKeys>;
}

function List({
  items,
  criterionTexts,
  testId,
}: {
  items: FollowUp[];
  criterionTexts: Readonly<Record<string, string>>;
  testId: string;
}) {
  return (
    <ol data-testid={testId}>
      {items.map((item) => (
        <li key={item.criterion}>
          {criterionTexts[item.criterion] ?? item.criterion}
          {item.note && (
            <span className="ws-followup-note">
              {' '}
              — {item.note.length > 500 ? `${item.note.slice(0, 500)}…` : item.note}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** What to ask next and what to worry about, in content order. */
export function AssessmentFollowUps({ followUps, total, criterionTexts, t }: Props) {
  return (
    <div className="ws-followups ws-derived">
      <section aria-labelledby="assess-to-ask">
        <h2 id="assess-to-ask">
          <span aria-hidden="true" className="ws-icon">
            ?
          </span>{' '}
          {t['worksheet.assess.toAsk']}
        </h2>
        <p className="muted">{t['worksheet.assess.toAskLead']}</p>
        {followUps.toAsk.length === 0 ? (
          <p>{t['worksheet.assess.toAskNone']}</p>
        ) : (
          <List items={followUps.toAsk} criterionTexts={criterionTexts} testId="to-ask" />
        )}
        {followUps.unanswered > 0 && (
          <p className="muted">{format(t['worksheet.assess.unanswered'], { n: followUps.unanswered, total })}</p>
        )}
      </section>
      <section aria-labelledby="assess-risks">
        <h2 id="assess-risks">
          <Icon name="cross" className="ws-icon" /> {t['worksheet.assess.risks']}
        </h2>
        <p className="muted">{t['worksheet.assess.risksLead']}</p>
        {followUps.risks.length === 0 ? (
          <p>{t['worksheet.assess.risksNone']}</p>
        ) : (
          <List items={followUps.risks} criterionTexts={criterionTexts} testId="risks" />
        )}
      </section>
    </div>
  );
}
