/** Marks the "On this page" link of the section being read (the last heading above the reading line). */
export function markCurrentSection() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const sections = links
    .map((a) => document.getElementById(a.dataset['tocLink'] ?? ''))
    .filter((el): el is HTMLElement => el !== null);
  if (sections.length === 0 || !('IntersectionObserver' in window)) return;
  const mark = () => {
    const current =
      sections.filter((s) => s.getBoundingClientRect().top < window.innerHeight * 0.3).pop() ?? sections[0]!;
    for (const a of links) {
      if (a.dataset['tocLink'] === current.id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  // Any heading crossing the top third of the screen may change which section is current.
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
  for (const s of sections) observer.observe(s);
  mark();
}
