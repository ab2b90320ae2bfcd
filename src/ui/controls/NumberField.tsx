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
  const parse = (t: string) => (decimal ? parseDecimal : parseWholeNumber)(t, { min, max, name: label });
  const input = useRef<HTMLInputElement>(null);
  // Values this field gave out since it last took one from outside. While the clinician types,
  // the prop coming back as one of them is an echo (perhaps a late one), never a reason to
  // rewrite the text; a value from outside (a case opened, a new assessment) replaces it.
  const given = useRef(value);
  const echoes = useRef(new Set<number | undefined>([value]));
  useEffect(() => {
    const typing = typeof document !== 'undefined' && input.current !== null && document.activeElement === input.current;
    const shown = parse(text);
    if (typing ? echoes.current.has(value) : value === (shown.ok ? shown.value : undefined)) return;
    given.current = value;
    echoes.current = new Set([value]);
    setText(show(value));
    setError(null);
  }, [value]);
  const give = (v: number | undefined) => {
    if (v === given.current) return;
    given.current = v;
    echoes.current.add(v);
    onChange(v);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="note" id={`${id}-hint`}>{hint}</p>}
      <input
        ref={input}
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
          const r = parse(t);
          setError(r.ok ? null : r.error);
          give(r.ok ? r.value : undefined);
        }}
      />
      <p id={`${id}-error`} class="error" role={error ? 'alert' : undefined}>{error ?? ''}</p>
    </div>
  );
}
