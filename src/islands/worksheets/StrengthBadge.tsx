/** The strength signal of a key question: icon, word and counts (never colour alone). */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { QuestionSummary, Strength } from '../../lib/assessment';
import type { Strings } from './strings';
import { Icon } from '../Icon';
import type { IconName } from '../../lib/icons';

export const strengthKeys = [
  'worksheet.assess.strength.strong',
  'worksheet.assess.strength.mixed',
  'worksheet.assess.strength.uncertain',
  'worksheet.assess.strength.weak',
  'worksheet.assess.counts',
] as const satisfies readonly UIKey[];

export const strengthIcon: Record<Strength, IconName> = {
  strong: 'check',
  mixed: 'partial',
  uncertain: 'question',
  weak: 'cross',
};

export function StrengthBadge({ summary, t }: { summary: QuestionSummary; t: Strings<typeof strengthKeys> }) {
  const { tally, strength } = summary;
  return (
    <p className="ws-signal ws-derived" data-strength={strength} data-testid="strength">
      <Icon name={strengthIcon[strength]} className="ws-icon" />{' '}
      <strong>{t[`worksheet.assess.strength.${strength}`]}</strong>
      {' · '}
      {format(t['worksheet.assess.counts'], { yes: tally.yes, no: tally.no, unknown: tally.unknown })}
    </p>
  );
}
