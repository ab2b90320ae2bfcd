// A number field: empty means "not answered", never 0; the text stays exactly as typed. Text
// that does not read as a number in range is marked invalid, said in words, and feeds nothing:
// the value becomes "not answered" once, and the text is never replaced while it is typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseDecimal, parseWholeNumber } from '../../clinical/fields';

interface Props {
  id: string;
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  onChange: (value: number | undefined) => void;
  hint?: string;
  /** Accept up to two decimals ("3.4"), e.g. a serum albumin. */
  decimal?: boolean;
}

const show = (v: number | undefined) => (v === undefined ? '' : String(v));

export function NumberField({ id, label, value, min, max, onChange, hint, decimal = false }: Props) {
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);
  // The last value this field gave out: the prop coming back equal to it is our own echo, not a
  // change from outside (a case opened, a new assessment), so the text typed stays.
  const given = useRef(value);
  useEffect(() => {
    if (value === given.current) return;
    given.current = value;
    setText(show(value));
    setError(null);
  }, [value]);
  const give = (v: number | undefined) => {
    if (v === given.current) return;
    given.current = v;
    onChange(v);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="note" id={`${id}-hint`}>{hint}</p>}
      <input
        id={id}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`}
        onInput={(e) => {
          const t = (e.target as HTMLInputElement).value;
          setText(t);
          const r = (decimal ? parseDecimal : parseWholeNumber)(t, { min, max, name: label });
          setError(r.ok ? null : r.error);
          give(r.ok ? r.value : undefined);
        }}
      />
      <p id={`${id}-error`} class="error" role={error ? 'alert' : undefined}>{error ?? ''}</p>
    </div>
  );
}
