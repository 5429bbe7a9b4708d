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
import { $opportunities } from '../../stores/learner';
import { placeStoredSheetsOnce } from '../../stores/migrate-opportunities';

// Version-1 deal sheets go to their opportunities before this island reads them.
placeStoredSheetsOnce();
// Read (and validate) the stored opportunities now, in this module's own task, rather than
// when the list subscribes: a store that changes under a render makes React redo it in one
// uninterruptible pass.
if (typeof window !== 'undefined') $opportunities.listen(() => {});

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
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the view comes from the URL, known only in the browser after hydration
    setView(readView());
    // The first real render is a transition: React renders it in short slices, not one long task.
    startTransition(() => setReady(true));
    const onPop = () => setView(readView());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
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
