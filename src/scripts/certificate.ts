/** Fills the certificate from the learner's records; the results code makes it verifiable. */
import { formatDate } from '../lib/dates';
import { PASS_MARK } from '../lib/pass-mark';
import { encodeResults } from '../lib/results-code';
import { summarize } from '../lib/results-summary';
import { format } from '../i18n/format';
import { $allRecords } from '../stores/learner';

type Strings = Record<'passedOn' | 'checkScore' | 'notTaken' | 'read', string>;

export function startCertificate() {
  const root = document.querySelector<HTMLElement>('[data-certificate]');
  if (!root) return;
  const lang = root.dataset['lang'] ?? 'en';
  const t = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const input = root.querySelector<HTMLInputElement>('#certificate-name')!;
  const render = () => {
    const records = $allRecords.get();
    const final = Object.prototype.hasOwnProperty.call(records.check, 'final') ? records.check['final'] : undefined;
    const passed = Boolean(final?.passed && (final.best ?? 0) >= PASS_MARK);
    root.querySelector<HTMLElement>('[data-certificate-locked]')!.hidden = passed;
    for (const el of root.querySelectorAll<HTMLElement>('[data-certificate-ready]')) el.hidden = !passed;
    if (!passed || !final) return;
    const name = input.value.trim();
    root.querySelector('[data-certificate-name]')!.textContent = name || '—';
    root.querySelector('[data-certificate-passed]')!.textContent = format(
      t.passedOn,
      { score: final.best ?? 0, date: formatDate(final.updatedAt, lang, { dateStyle: 'long' }) },
      lang,
    );
    for (const li of root.querySelectorAll<HTMLElement>('[data-certificate-stage]')) {
      const slug = li.dataset['certificateStage'] ?? '';
      const check = Object.prototype.hasOwnProperty.call(records.check, slug) ? records.check[slug] : undefined;
      const read = Object.prototype.hasOwnProperty.call(records.read, slug);
      const parts = [
        read ? t.read : '',
        check?.best != null ? format(t.checkScore, { score: check.best }) : t.notTaken,
      ].filter(Boolean);
      li.querySelector('.state')!.textContent = parts.join(' · ');
    }
    root.querySelector('[data-certificate-code]')!.textContent = encodeResults(summarize(records, name));
  };
  $allRecords.subscribe(render);
  input.addEventListener('input', render);
  root.querySelector('[data-certificate-print]')?.addEventListener('click', () => window.print());
}
