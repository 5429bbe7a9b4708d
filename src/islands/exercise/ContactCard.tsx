/** One contact of a case: what they said, the learner's answer, and feedback once checked. */
import type { ContactResult } from '../../lib/case-scoring';
import type { ContactAnswer } from '../../lib/records';
import { moveKeys, roleKeys, stanceKeys, type RoleKey } from '../../lib/vocabulary';
import { format } from '../../i18n/format';
import type { ExerciseContact, VocabularyLabels } from './types';

export const contactStrings = [
  'exercise.said', 'exercise.roles', 'exercise.rolesHint', 'exercise.stance', 'exercise.move', 'exercise.movePlaceholder',
  'exercise.right', 'exercise.wrong', 'exercise.partly', 'exercise.rolesFeedback', 'exercise.missing', 'exercise.extra',
  'exercise.expected', 'exercise.why', 'punct.colon', 'punct.listSep',
] as const;

interface Props {
  contact: ExerciseContact;
  answer: ContactAnswer;
  result: ContactResult | null;
  labels: VocabularyLabels;
  t: Record<(typeof contactStrings)[number], string>;
  onChange: (answer: ContactAnswer) => void;
}

export function ContactCard({ contact, answer, result, labels, t, onChange }: Props) {
  const base = `contact-${contact.id}`;
  const toggleRole = (role: RoleKey, on: boolean) => {
    const roles = on ? [...answer.roles.filter((r) => (role === 'none' ? false : r !== 'none')), role] : answer.roles.filter((r) => r !== role);
    onChange({ ...answer, roles: roleKeys.filter((r) => roles.includes(r)) });
  };
  const verdict = (ok: boolean | 'partly') => (ok === true ? `✓ ${t['exercise.right']}` : ok === 'partly' ? `◐ ${t['exercise.partly']}` : `✗ ${t['exercise.wrong']}`);
  const roleNames = (roles: readonly RoleKey[]) => roles.map((r) => labels.roles[r]).join(t['punct.listSep']);

  return (
    <li className="contact card" aria-labelledby={`${base}-name`}>
      <h3 id={`${base}-name`} className="contact-name">
        {contact.name} <span className="contact-title">{contact.title}</span>
      </h3>
      <blockquote className="said" aria-label={t['exercise.said']}>{contact.said}</blockquote>

      <fieldset>
        <legend>{format(t['exercise.roles'], { name: contact.name })}</legend>
        <p className="hint">{t['exercise.rolesHint']}</p>
        <div className="options">
          {roleKeys.map((role) => (
            <label key={role} className="option">
              <input type="checkbox" name={`${base}-roles`} value={role} checked={answer.roles.includes(role)} onChange={(e) => toggleRole(role, e.currentTarget.checked)} />
              {labels.roles[role]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{format(t['exercise.stance'], { name: contact.name })}</legend>
        <div className="options">
          {stanceKeys.map((stance) => (
            <label key={stance} className="option">
              <input type="radio" name={`${base}-stance`} value={stance} checked={answer.stance === stance} onChange={() => onChange({ ...answer, stance })} />
              {labels.stances[stance]}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="move-label" htmlFor={`${base}-move`}>{format(t['exercise.move'], { name: contact.name })}</label>
      <select id={`${base}-move`} value={answer.move ?? ''} onChange={(e) => onChange({ ...answer, move: (moveKeys as readonly string[]).includes(e.currentTarget.value) ? (e.currentTarget.value as ContactAnswer['move']) : null })}>
        <option value="">{t['exercise.movePlaceholder']}</option>
        {moveKeys.map((move) => <option key={move} value={move}>{labels.moves[move]}</option>)}
      </select>

      {result && (
        <div className="feedback" data-testid={`feedback-${contact.id}`}>
          <p>
            <strong>{t['exercise.rolesFeedback']}{t['punct.colon']}</strong>{verdict(result.roleScore === 1 ? true : result.roleScore > 0 ? 'partly' : false)}
            {result.missingRoles.length > 0 && <> · {format(t['exercise.missing'], { roles: roleNames(result.missingRoles) })}</>}
            {result.extraRoles.length > 0 && <> · {format(t['exercise.extra'], { roles: roleNames(result.extraRoles) })}</>}
          </p>
          <p><strong>{format(t['exercise.stance'], { name: contact.name })}{t['punct.colon']}</strong>{verdict(result.stanceRight)}{!result.stanceRight && <> · {format(t['exercise.expected'], { answer: labels.stances[contact.answer.stance] })}</>}</p>
          <p><strong>{format(t['exercise.move'], { name: contact.name })}{t['punct.colon']}</strong>{verdict(result.moveRight)}{!result.moveRight && <> · {format(t['exercise.expected'], { answer: labels.moves[contact.answer.move] })}</>}</p>
          <p className="why"><strong>{t['exercise.why']}{t['punct.colon']}</strong>{contact.explanation}</p>
        </div>
      )}
    </li>
  );
}
