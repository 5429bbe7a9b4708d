/** The progress dashboard: a bar per stage and overall, and where to continue. */
import { overallProgress, type StagePlan, type StageProgress } from '../../lib/progress';
import { format } from '../../i18n/format';
import { formatDate } from '../../lib/dates';
import { isSitePath } from '../../lib/records';
import { $allRecords, $lastActivity } from '../../stores/learner';
import { NO_LEARNER_RECORDS, useStored } from '../use-stored';
import { siteHref } from '../../scripts/package-links';
import { Icon } from '../Icon';

export const dashboardStrings = [
  'progress.overall',
  'progress.overallValue',
  'progress.stage',
  'progress.read',
  'progress.notRead',
  'progress.checkBest',
  'progress.checkPassed',
  'progress.checkNone',
  'progress.exercises',
  'progress.worksheets',
  'progress.continue',
  'progress.continueNone',
  'progress.lastActivity',
  'progress.final',
  'progress.finalBest',
  'progress.local',
] as const;

interface StageInfo {
  slug: string;
  number: number;
  title: string;
  href: string;
  checkHref: string;
}
interface Props {
  plan: StagePlan[];
  stages: StageInfo[];
  lang: string;
  firstStageHref: string;
  t: Record<(typeof dashboardStrings)[number], string>;
}

function StageCard({ stage, progress, t }: { stage: StageInfo; progress: StageProgress; t: Props['t'] }) {
  const id = `stage-${stage.slug}-bar`;
  return (
    <li className="card stage-card" data-testid={`stage-progress-${stage.slug}`} data-stage-n={stage.number}>
      <h2 id={id}>
        <a href={stage.href}>{format(t['progress.stage'], { n: stage.number, name: stage.title })}</a>
      </h2>
      <progress max={100} value={progress.percent} aria-labelledby={id} />{' '}
      <span className="pct">{progress.percent}%</span>
      <ul className="facts">
        {/* Whatever is not done yet is a link to where it is done. */}
        <li>
          {progress.read ? (
            <>
              <Icon name="check" /> {t['progress.read']}
            </>
          ) : (
            <a href={stage.href}>{t['progress.notRead']}</a>
          )}
        </li>
        <li>
          {progress.checkBest === null ? (
            <a href={stage.checkHref}>{t['progress.checkNone']}</a>
          ) : progress.checkPassed ? (
            <>
              {format(t['progress.checkBest'], { score: progress.checkBest })} · <Icon name="check" />{' '}
              {t['progress.checkPassed']}
            </>
          ) : (
            <a href={stage.checkHref}>{format(t['progress.checkBest'], { score: progress.checkBest })}</a>
          )}
        </li>
        {progress.exercisesTotal > 0 && (
          <li>
            {progress.exercisesDone === progress.exercisesTotal ? (
              <>
                <Icon name="check" />{' '}
                {format(t['progress.exercises'], { done: progress.exercisesDone, total: progress.exercisesTotal })}
              </>
            ) : (
              <a href={`${stage.href}#practice`}>
                {format(t['progress.exercises'], { done: progress.exercisesDone, total: progress.exercisesTotal })}
              </a>
            )}
          </li>
        )}
        {progress.worksheetsTotal > 0 && (
          <li>
            {progress.worksheetsCompleted === progress.worksheetsTotal ? (
              <>
                <Icon name="check" />{' '}
                {format(t['progress.worksheets'], {
                  completed: progress.worksheetsCompleted,
                  total: progress.worksheetsTotal,
                  started: progress.worksheetsStarted,
                })}
              </>
            ) : (
              <a href={`${stage.href}#practice`}>
                {format(t['progress.worksheets'], {
                  completed: progress.worksheetsCompleted,
                  total: progress.worksheetsTotal,
                  started: progress.worksheetsStarted,
                })}
              </a>
            )}
          </li>
        )}
      </ul>
    </li>
  );
}

export default function ProgressDashboard({ plan, stages, lang, firstStageHref, t }: Props) {
  const records = useStored($allRecords, NO_LEARNER_RECORDS);
  const stored = useStored($lastActivity, null);
  // Only this site's own pages: a forged path such as `//host/` never becomes a link.
  const last = stored && isSitePath(stored.path) ? stored : null;
  const progress = overallProgress(plan, records);
  const final = records.check['final'];
  const time = last ? formatDate(last.at, lang) : '';

  return (
    <div className="dashboard">
      <section className="card overall" aria-labelledby="overall-title">
        <h2 id="overall-title">{t['progress.overall']}</h2>
        <progress max={100} value={progress.percent} aria-labelledby="overall-title" />
        <p className="big" data-testid="overall-progress">
          {format(t['progress.overallValue'], { percent: progress.percent })}
        </p>
        {final?.best != null && (
          <p>
            {t['progress.final']}: {format(t['progress.finalBest'], { score: final.best })}
            {final.passed && (
              <>
                {' · '}
                <Icon name="check" /> {t['progress.checkPassed']}
              </>
            )}
          </p>
        )}
        {last ? (
          <p>
            <a className="button" href={siteHref(last.path)}>
              {t['progress.continue']}: {last.title}
            </a>
            <br />
            <span className="muted">{format(t['progress.lastActivity'], { time })}</span>
          </p>
        ) : (
          <p>
            <a className="button" href={firstStageHref}>
              {t['progress.continueNone']}
            </a>
          </p>
        )}
        <p className="muted">{t['progress.local']}</p>
      </section>
      <ol className="stage-cards">
        {stages.map((stage, i) => (
          <StageCard key={stage.slug} stage={stage} progress={progress.stages[i]!} t={t} />
        ))}
      </ol>
    </div>
  );
}
