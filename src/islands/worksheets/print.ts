/** Printing a worksheet filled in, or as a blank handout (`html.print-blank` while printing). */
import { cssString, pageCounterContent } from '../../lib/print-margins';

export const BLANK_CLASS = 'print-blank';
/** Custom properties read by the `@page` margin boxes in worksheets.css (set through CSSOM: the CSP allows no inline style). */
const HEAD = '--print-head';
const FOOT = '--print-foot';

/** Prints the sheet as it is. */
export function printFilled() {
  document.documentElement.classList.remove(BLANK_CLASS);
  window.print();
}

/**
 * Prints the same sheet with empty answer spaces, the sheet's name at the top of every page and
 * the page number at the bottom (`pageOf`: "Page {page} of {pages}"); all of it goes once printing is over.
 */
export function printBlank(sheetName: string, pageOf: string) {
  const html = document.documentElement;
  const done = () => {
    html.classList.remove(BLANK_CLASS);
    html.style.removeProperty(HEAD);
    html.style.removeProperty(FOOT);
    window.removeEventListener('afterprint', done);
  };
  html.classList.add(BLANK_CLASS);
  html.style.setProperty(HEAD, cssString(sheetName));
  html.style.setProperty(FOOT, pageCounterContent(pageOf));
  window.addEventListener('afterprint', done);
  window.print();
}
