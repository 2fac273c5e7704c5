import { useState } from 'preact/hooks';
import { parseSeats } from '../lib';
import { format, t } from '../i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The seat count in use; the field shows it unless the user is mid-way through a change. */
  value: number;
  onCommit: (seats: number) => void;
}

/**
 * A seat count typed as text. A valid count is committed as the user types; anything else shows a
 * message beside the field and the results keep using the last valid count.
 */
export function SeatField({ id, label, hint, value, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseSeats(draft);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div class={`field${problem ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft ?? String(value)}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const result = parseSeats(text);
          if (result.ok && result.value !== value) onCommit(result.value);
        }}
        onBlur={() => {
          if (parsed?.ok) setDraft(null);
        }}
      />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {problem && (
        <p id={`${id}-error`} class="field-error">
          {t.fields.seatProblems[problem]} {t.fields.kept({ value: format.count(value) })}
        </p>
      )}
    </div>
  );
}
