/**
 * The opportunities page: the list with the pipeline (the default view), one opportunity
 * (`?id=`), or its printable deal review (`?id=…&view=review`). The view lives in the
 * address so each tab shows its own, and the back button works.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { CriterionInfo, OppStrings, SheetInfo, StageInfo } from './types';
import { OpportunityList } from './OpportunityList';
import { OpportunityDetail } from './OpportunityDetail';
import { DealReview } from './DealReview';
import { opportunityStore, snapshotsStore, worksheetStore } from '../../stores/learner';
import { placeStoredSheetsOnce } from '../../stores/migrate-opportunities';
import { prepareFormats } from './format';

// Version-1 deal sheets go to their opportunities before this island reads them.
placeStoredSheetsOnce();

/**
 * Everything the view reads, before it first renders, in short tasks: the stored records
 * (read and validated in slices), then the browser's number and date formats (the first of
 * each is slow to make). A store mounted during a render would do it all in one long task.
 */
async function prepareView(view: View, lang: string): Promise<void> {
  await opportunityStore.prepare();
  if (view.id) {
    await snapshotsStore.prepare();
    await worksheetStore.prepare();
  }
  await prepareFormats(lang);
}

interface Props {
  lang: string;
  stages: StageInfo[];
  sheets: SheetInfo[];
  criteria: CriterionInfo[];
  accountPlanHref: string;
  t: OppStrings;
}

interface View {
  id: string | null;
  review: boolean;
}
const readView = (): View => {
  const params = new URLSearchParams(location.search);
  return { id: params.get('id'), review: params.get('view') === 'review' };
};

export default function Opportunities({ lang, stages, sheets, criteria, accountPlanHref, t }: Props) {
  const [view, setView] = useState<View>({ id: null, review: false });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const first = readView();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the view comes from the URL, known only in the browser after hydration
    setView(first);
    let live = true;
    // The first real render is a transition: React renders it in short slices, not one long task.
    void prepareView(first, lang).then(() => live && startTransition(() => setReady(true)));
    const onPop = () => setView(readView());
    addEventListener('popstate', onPop);
    return () => {
      live = false;
      removeEventListener('popstate', onPop);
    };
  }, [lang]);
  const go = useCallback((next: View) => {
    const url = new URL(location.href);
    url.search = '';
    if (next.id) url.searchParams.set('id', next.id);
    if (next.review) url.searchParams.set('view', 'review');
    history.pushState(null, '', url);
    setView(next);
    scrollTo(0, 0);
  }, []);
  const openOne = useCallback((id: string) => go({ id, review: false }), [go]);
  if (!ready) return null;
  if (view.id && view.review)
    return (
      <DealReview
        id={view.id}
        lang={lang}
        stages={stages}
        criteria={criteria}
        onClose={() => go({ id: view.id, review: false })}
        t={t}
      />
    );
  if (view.id)
    return (
      <OpportunityDetail
        id={view.id}
        lang={lang}
        stages={stages}
        sheets={sheets}
        accountPlanHref={accountPlanHref}
        onBack={() => go({ id: null, review: false })}
        onReview={() => go({ id: view.id, review: true })}
        t={t}
      />
    );
  return <OpportunityList lang={lang} onOpen={openOne} t={t} />;
}
