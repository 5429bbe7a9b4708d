/**
 * Loaded only on pages inside an LMS package (header.ts checks `<html data-lms>`): on My
 * data, says which parts of the learner's work the LMS could not keep (suspend_data has a
 * size limit), so the learner knows to export them. The launch page around this frame
 * holds the session and its state (lms-launch.ts).
 */
import { format } from '../i18n/format';
import { currentSitePath } from './package-links';
import type { LmsState } from './lms-launch';

function lmsState(): LmsState | undefined {
  try {
    return window.parent !== window ? window.parent.ssmLms : undefined;
  } catch {
    return undefined;
  }
}

export function startLmsPage() {
  if (!/\/my-data\/$/.test(currentSitePath())) return;
  const state = lmsState();
  const heading = document.querySelector('main h1');
  if (!state || !heading || state.omitted.length === 0) return;
  const strings = state.strings[document.documentElement.lang] ?? Object.values(state.strings)[0];
  if (!strings) return;
  const count = (test: (o: LmsState['omitted'][number]) => boolean) => state.omitted.filter(test).length;
  const worksheets = count((o) => o.kind === 'worksheet');
  const answers = count((o) => o.kind === 'exercise' && o.part === 'answers');
  const other = state.omitted.length - worksheets - answers;
  const items = [
    worksheets && format(strings['lms.notFitWorksheets'], { n: worksheets }),
    answers && format(strings['lms.notFitAnswers'], { n: answers }),
    other && format(strings['lms.notFitOther'], { n: other }),
  ].filter(Boolean);
  const notice = document.createElement('p');
  notice.className = 'notice warn';
  notice.dataset['lmsNotFit'] = '';
  notice.textContent = format(strings['lms.notFit'], {
    limit: state.limit.toLocaleString(document.documentElement.lang),
    version: state.version,
    items: items.join(document.documentElement.lang.startsWith('zh') ? '、' : ', '),
  });
  heading.after(notice);
}
