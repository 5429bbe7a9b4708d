/**
 * Island: *Branching conversation*. The call is replayed from the stored choice ids; each
 * choice moves on to the client's reply, focus follows the new reply, and an ending shows
 * the debrief that scores the path.
 */
import { useEffect, useRef } from 'react';
import { format } from '../../i18n/format';
import { scorePath, walkPath, type ChoiceQuality } from '../../lib/branching';
import { EMPTY_ANSWER } from '../../lib/practice-scoring';
import { PrintChoices } from '../PrintChoices';
import { ResultPanel } from './ResultPanel';
import type { PracticeStrings } from './strings';
import { usePractice } from './use-practice';
import './practice.css';
import { Icon } from '../Icon';
import type { IconName } from '../../lib/icons';

export interface SceneView {
  id: string;
  speaker: string;
  text: string;
  outcome?: string | undefined;
  choices: { id: string; text: string; next: string; quality: ChoiceQuality; why: string }[];
}
interface Props {
  exerciseId: string;
  contentHash: string;
  locale: string;
  start: string;
  scenes: SceneView[];
  lesson: string;
  t: PracticeStrings;
}

const icons: Record<ChoiceQuality, IconName> = { best: 'check', ok: 'partial', poor: 'cross' };

export default function BranchingConversation({ exerciseId, contentHash, locale, start, scenes, lesson, t }: Props) {
  const { record, changed, answer, resultRef, save, submit } = usePractice(exerciseId, contentHash);
  const graph = { start, scenes };
  const walk = walkPath(graph, answer.sequence);
  const byId = new Map(scenes.map((s) => [s.id, s]));
  const scene = byId.get(walk.current)!;
  const score = scorePath(walk.steps);
  const focusReply = useRef(false);
  const replyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusReply.current) replyRef.current?.focus();
    focusReply.current = false;
  });

  const choose = (choiceId: string) => {
    const sequence = [...walk.steps.map((s) => s.choice.id), choiceId];
    const next = walkPath(graph, sequence);
    if (next.ended) submit({ ...EMPTY_ANSWER, sequence }, scorePath(next.steps));
    else {
      save({ ...EMPTY_ANSWER, sequence });
      focusReply.current = true;
    }
  };
  const restart = () => {
    save(EMPTY_ANSWER);
    focusReply.current = true;
  };
  const speaker = (s: SceneView) => s.speaker || t['practice.branching.narration'];
  const bestOf = (sceneId: string) =>
    byId.get(sceneId)?.choices.reduce((a, b) => (rank(b.quality) > rank(a.quality) ? b : a));

  const debriefSteps = walk.steps.map((step, i) => ({ ...step, index: i + 1 }));
  const toReview = debriefSteps
    .filter((s) => s.choice.quality !== 'best')
    .map((s) => ({
      href: `#${exerciseId}-step-${s.index}`,
      label: format(t['practice.branching.step'], { n: s.index }),
    }));

  return (
    <div className="practice branching">
      {changed && <p className="notice warn">{t['practice.changed']}</p>}
      <ol className="transcript" aria-label={t['practice.branching.yourPath']}>
        {walk.steps.map((step, i) => {
          const from = byId.get(step.sceneId)!;
          return (
            <li key={`${i}-${step.sceneId}`} className="turn">
              <div className="line client">
                <strong>
                  {speaker(from)}
                  {t['punct.colon']}
                </strong>
                {from.text}
              </div>
              <div className="line you">
                <strong>
                  {t['practice.branching.you']}
                  {t['punct.colon']}
                </strong>
                {from.choices.find((c) => c.id === step.choice.id)?.text}
              </div>
            </li>
          );
        })}
      </ol>
      <div
        className={`line client current ${walk.ended ? 'ending' : ''}`}
        tabIndex={-1}
        ref={replyRef}
        data-testid="branching-current"
      >
        <strong>
          {speaker(scene)}
          {t['punct.colon']}
        </strong>
        {scene.text}
      </div>
      {!walk.ended && (
        <fieldset className="card branch-choices">
          <legend>{t['practice.branching.whatNow']}</legend>
          <ul>
            {scene.choices.map((c) => (
              <li key={c.id}>
                <button type="button" className="secondary choice-button" onClick={() => choose(c.id)}>
                  {c.text}
                </button>
              </li>
            ))}
          </ul>
          <PrintChoices options={scene.choices.map((c) => ({ value: c.id, label: c.text }))} testId="print-choices" />
        </fieldset>
      )}
      {!walk.ended && <p className="muted no-print">{t['practice.savedLocal']}</p>}
      {walk.ended && (
        <ResultPanel
          id={exerciseId}
          locale={locale}
          percent={score}
          record={record}
          toReview={toReview}
          lesson={lesson}
          onRetry={restart}
          retryLabel={t['practice.startAgain']}
          t={t}
          ref={resultRef}
        >
          <p>
            <strong>
              {t['practice.branching.outcome']}
              {t['punct.colon']}
            </strong>
            {scene.outcome}
          </p>
          <h3>{t['practice.branching.debrief']}</h3>
          <ol className="debrief">
            {debriefSteps.map((s) => {
              const better = s.choice.quality === 'best' ? undefined : bestOf(s.sceneId);
              return (
                <li
                  key={s.index}
                  id={`${exerciseId}-step-${s.index}`}
                  className={`debrief-step quality-${s.choice.quality}`}
                >
                  <p className="verdict">
                    <Icon name={icons[s.choice.quality]} />{' '}
                    <strong>{t[`practice.branching.quality.${s.choice.quality}`]}</strong>
                    {t['punct.colon']}
                    {byId.get(s.sceneId)!.choices.find((c) => c.id === s.choice.id)?.text}
                  </p>
                  <p>{byId.get(s.sceneId)!.choices.find((c) => c.id === s.choice.id)?.why}</p>
                  {better && better.id !== s.choice.id && (
                    <p>
                      <strong>
                        {t['practice.branching.betterMove']}
                        {t['punct.colon']}
                      </strong>
                      {better.text} {better.why}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </ResultPanel>
      )}
    </div>
  );
}

const rank = (q: ChoiceQuality) => (q === 'best' ? 2 : q === 'ok' ? 1 : 0);
