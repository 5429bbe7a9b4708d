/**
 * Every option of an on-screen choice (a select, a set of buttons) as a tick-box list for
 * paper: hidden on screen, printed instead of the control, the chosen option ticked (not on
 * a blank handout). A select directly before the list is hidden in print.
 */
import './print-choices.css';

interface Props {
  options: readonly { value: string; label: string }[];
  /** The chosen option's value, if any. */
  selected?: string | null | undefined;
  testId?: string | undefined;
}

export function PrintChoices({ options, selected = null, testId }: Props) {
  return (
    <ul className="print-choices" data-testid={testId}>
      {options.map((o) => (
        <li key={o.value} data-chosen={o.value === selected ? '' : undefined}>
          <span className="print-box" aria-hidden="true" />
          {o.label}
        </li>
      ))}
    </ul>
  );
}

/** An empty box to write an answer in (a step's place in an order), printed only. */
export function PrintWriteBox() {
  return <span className="print-box print-write-box" aria-hidden="true" />;
}
