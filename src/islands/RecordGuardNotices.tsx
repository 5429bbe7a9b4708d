/** The two notices an editing island may need: read-only (saved by a newer version) and open in another tab. */
export function RecordGuardNotices({
  locked,
  openElsewhere,
  t,
}: {
  locked: boolean;
  openElsewhere: boolean;
  t: Record<'locked.future' | 'locked.reload' | 'tabs.openElsewhere', string>;
}) {
  return (
    <>
      {locked && (
        <p className="notice warn" role="alert" data-testid="locked-notice">
          {t['locked.future']}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t['locked.reload']}
          </button>
        </p>
      )}
      {!locked && openElsewhere && (
        <p className="notice" role="status" data-testid="open-elsewhere">
          {t['tabs.openElsewhere']}
        </p>
      )}
    </>
  );
}

export const guardKeys = ['locked.future', 'locked.reload', 'tabs.openElsewhere'] as const;
