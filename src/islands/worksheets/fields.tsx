/**
 * Form fields shared by the worksheets. Each one carries a print-only copy of its value:
 * printed, the copy shows the whole text (a textarea would cut it off); printed as a blank
 * handout, the copy becomes empty ruled lines.
 */
import type { ChangeEvent } from 'react';
import { PrintChoices } from '../PrintChoices';
import { useCoalescedText } from '../use-coalesced-text';

/** The longest text a field keeps (the stored shape allows 100,000 characters). */
export const MAX_TEXT = 100_000;

/** The print-only copy of a value; `lines` sets the height of the blank space. */
export function PrintCopy({ text, lines = 1 }: { text: string; lines?: number }) {
  return (
    <div className="ws-print-copy" data-lines={lines} aria-hidden="true">
      <span>{text}</span>
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  /** Extra words for screen readers after the label (to tell repeated labels apart). */
  labelSuffix?: string;
  hint?: string;
  value: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  onChange: (value: string) => void;
}

/** A field's visible label; the suffix (which row it belongs to) is for screen readers only. */
function FieldLabel({ htmlFor, label, suffix }: { htmlFor: string; label: string; suffix: string | undefined }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {suffix && <span className="visually-hidden">: {suffix}</span>}
    </label>
  );
}

/** A labelled text box (or single-line input) with its hint and print copy. */
export function TextField({
  id,
  label,
  labelSuffix,
  hint,
  value,
  multiline = true,
  rows = 3,
  maxLength = MAX_TEXT,
  onChange,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  // Typing re-renders this field only; the sheet hears of it coalesced (use-coalesced-text.ts).
  const text = useCoalescedText(value, onChange);
  const change = (e: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => text.change(e.currentTarget.value);
  return (
    <div className="ws-field">
      <FieldLabel htmlFor={id} label={label} suffix={labelSuffix} />
      {hint && (
        <p className="ws-hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          value={text.shown}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={hintId}
          onChange={change}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={text.shown}
          maxLength={maxLength}
          aria-describedby={hintId}
          onChange={change}
        />
      )}
      <PrintCopy text={text.shown} lines={multiline ? rows : 1} />
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  labelSuffix?: string;
  value: V | null;
  options: readonly { value: V; label: string }[];
  /** Label of the "nothing chosen" option; without it a value is always chosen. */
  none?: string;
  onChange: (value: V | null) => void;
}

/** A labelled select with its print copy. */
export function SelectField<V extends string>({
  id,
  label,
  labelSuffix,
  value,
  options,
  none,
  onChange,
}: SelectFieldProps<V>) {
  const chosen = options.find((o) => o.value === value);
  return (
    <div className="ws-field">
      <FieldLabel htmlFor={id} label={label} suffix={labelSuffix} />
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((options.find((o) => o.value === e.currentTarget.value)?.value ?? null) as V | null)}
      >
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <PrintChoices options={options} selected={chosen?.value} />
    </div>
  );
}
