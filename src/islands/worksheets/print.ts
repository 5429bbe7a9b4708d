/** Printing a worksheet filled in, or as a blank handout (`html.print-blank` while printing). */

export const BLANK_CLASS = 'print-blank';

/** Prints the sheet as it is. */
export function printFilled() {
  document.documentElement.classList.remove(BLANK_CLASS);
  window.print();
}

/** Prints the same sheet with empty answer spaces; the class goes once printing is over. */
export function printBlank() {
  const html = document.documentElement;
  const done = () => {
    html.classList.remove(BLANK_CLASS);
    window.removeEventListener('afterprint', done);
  };
  html.classList.add(BLANK_CLASS);
  window.addEventListener('afterprint', done);
  window.print();
}
