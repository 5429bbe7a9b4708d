/** One contact of a case: what they said, the learner's answer, and feedback once checked. */
import type { ContactResult } from '../../lib/case-scoring';
import type { ContactAnswer } from '../../lib/records';
import { moveKeys, roleKeys, stanceKeys, type RoleKey } from '../../lib/vocabulary';
import { format } from '../../i18n/format';
import { PrintChoices } from '../PrintChoices';
import type { ExerciseContact, VocabularyLabels } from './types';
import { Icon } from '../Icon';

export const contactStrings = [
  'exercise.said',
  'exercise.roles',
  'exercise.rolesHint',
  'exercise.stance',
  'exercise.move',
  'exercise.movePlaceholder',
  'exercise.right',
  'exercise.wrong',
  'exercise.partly',
  'exercise.rolesFeedback',
  'exercise.missing',
  'exercise.extra',
  'exercise.expected',
  'exercise.why',
  'exercise.contactRight',
  'exercise.contactReview',
  'exercise.yourAnswer',
  'exercise.theAnswer',
  'exercise.noAnswer',
  'exercise.stanceLabel',
  'exercise.moveLabel',
  'punct.colon',
  'punct.listSep',
] as const;

interface Props {
  contact: ExerciseContact;
  answer: ContactAnswer;
  result: ContactResult | null;
  /** "Show the answer" was used: compare the learner's answer with the expected one. */
  revealed: boolean;
  labels: VocabularyLabels;
  t: Record<(typeof contactStrings)[number], string>;
  onChange: (answer: ContactAnswer) => void;
}

export function ContactCard({ contact, answer, result, revealed, labels, t, onChange }: Props) {
  const base = `contact-${contact.id}`;
  const toggleRole = (role: RoleKey, on: boolean) => {
    const roles = on
      ? [...answer.roles.filter((r) => (role === 'none' ? false : r !== 'none')), role]
      : answer.roles.filter((r) => r !== role);
    onChange({ ...answer, roles: roleKeys.filter((r) => roles.includes(r)) });
  };
  const verdict = (ok: boolean | 'partly') => (
    <span className={`verdict-mark ${ok === true ? 'tone-good' : ok === 'partly' ? 'tone-partly' : 'tone-bad'}`}>
      <Icon name={ok === true ? 'check' : ok === 'partly' ? 'partial' : 'cross'} />{' '}
      {ok === true ? t['exercise.right'] : ok === 'partly' ? t['exercise.partly'] : t['exercise.wrong']}
    </span>
  );
  const allRight = result?.score === 1;
  const roleNames = (roles: readonly RoleKey[]) => roles.map((r) => labels.roles[r]).join(t['punct.listSep']);

  return (
    <li
      className={`contact card${result ? (allRight ? ' is-right' : ' is-open') : ''}`}
      id={base}
      aria-labelledby={`${base}-name`}
      tabIndex={-1}
    >
      <h3 id={`${base}-name`} className="contact-name">
        {contact.name} <span className="contact-title">{contact.title}</span>
      </h3>
      {result && (
        <p className={`contact-verdict ${allRight ? 'tone-good' : 'tone-bad'}`}>
          <Icon name={allRight ? 'check' : 'alert'} />{' '}
          {allRight ? t['exercise.contactRight'] : t['exercise.contactReview']}
        </p>
      )}
      <blockquote className="said" aria-label={t['exercise.said']}>
        {contact.said}
      </blockquote>

      <fieldset>
        <legend>{format(t['exercise.roles'], { name: contact.name })}</legend>
        <p className="hint">{t['exercise.rolesHint']}</p>
        <div className="options">
          {roleKeys.map((role) => (
            <label key={role} className="option">
              <input
                type="checkbox"
                name={`${base}-roles`}
                value={role}
                checked={answer.roles.includes(role)}
                onChange={(e) => toggleRole(role, e.currentTarget.checked)}
              />
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
              <input
                type="radio"
                name={`${base}-stance`}
                value={stance}
                checked={answer.stance === stance}
                onChange={() => onChange({ ...answer, stance })}
              />
              {labels.stances[stance]}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="move-label" htmlFor={`${base}-move`}>
        {format(t['exercise.move'], { name: contact.name })}
      </label>
      <select
        id={`${base}-move`}
        value={answer.move ?? ''}
        onChange={(e) =>
          onChange({
            ...answer,
            move: (moveKeys as readonly string[]).includes(e.currentTarget.value)
              ? (e.currentTarget.value as ContactAnswer['move'])
              : null,
          })
        }
      >
        <option value="">{t['exercise.movePlaceholder']}</option>
        {moveKeys.map((move) => (
          <option key={move} value={move}>
            {labels.moves[move]}
          </option>
        ))}
      </select>
      <PrintChoices
        options={moveKeys.map((move) => ({ value: move, label: labels.moves[move] }))}
        selected={answer.move}
        testId={`print-moves-${contact.id}`}
      />

      {result && (
        <div className={`feedback ${allRight ? 'tone-good' : 'tone-bad'}`} data-testid={`feedback-${contact.id}`}>
          <p>
            <strong>
              {t['exercise.rolesFeedback']}
              {t['punct.colon']}
            </strong>
            {verdict(result.roleScore === 1 ? true : result.roleScore > 0 ? 'partly' : false)}
            {!revealed && result.missingRoles.length > 0 && (
              <> · {format(t['exercise.missing'], { roles: roleNames(result.missingRoles) })}</>
            )}
            {!revealed && result.extraRoles.length > 0 && (
              <> · {format(t['exercise.extra'], { roles: roleNames(result.extraRoles) })}</>
            )}
          </p>
          <p>
            <strong>
              {format(t['exercise.stance'], { name: contact.name })}
              {t['punct.colon']}
            </strong>
            {verdict(result.stanceRight)}
            {!revealed && !result.stanceRight && (
              <> · {format(t['exercise.expected'], { answer: labels.stances[contact.answer.stance] })}</>
            )}
          </p>
          <p>
            <strong>
              {format(t['exercise.move'], { name: contact.name })}
              {t['punct.colon']}
            </strong>
            {verdict(result.moveRight)}
            {!revealed && !result.moveRight && (
              <> · {format(t['exercise.expected'], { answer: labels.moves[contact.answer.move] })}</>
            )}
          </p>
          {revealed && (
            <table className="compare" data-testid={`compare-${contact.id}`}>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t['exercise.yourAnswer']}</th>
                  <th scope="col">{t['exercise.theAnswer']}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t['exercise.rolesFeedback']}</th>
                  <td>{answer.roles.length ? roleNames(answer.roles) : t['exercise.noAnswer']}</td>
                  <td>{roleNames(contact.answer.roles)}</td>
                </tr>
                <tr>
                  <th scope="row">{t['exercise.stanceLabel']}</th>
                  <td>{answer.stance ? labels.stances[answer.stance] : t['exercise.noAnswer']}</td>
                  <td>{labels.stances[contact.answer.stance]}</td>
                </tr>
                <tr>
                  <th scope="row">{t['exercise.moveLabel']}</th>
                  <td>{answer.move ? labels.moves[answer.move] : t['exercise.noAnswer']}</td>
                  <td>{labels.moves[contact.answer.move]}</td>
                </tr>
              </tbody>
            </table>
          )}
          <p className="why">
            <strong>
              {t['exercise.why']}
              {t['punct.colon']}
            </strong>
            {contact.explanation}
          </p>
        </div>
      )}
    </li>
  );
}
