// A whole-number field: empty means "not answered", never 0; an impossible value is said in words.
import { useEffect, useState } from 'preact/hooks';
import { parseWholeNumber } from '../../clinical';

interface Props {
  id: string;
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  onChange: (value: number | undefined) => void;
  hint?: string;
}

export function NumberField({ id, label, value, min, max, onChange, hint }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(value === undefined ? '' : String(value));
  }, [value]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="note" id={`${id}-hint`}>{hint}</p>}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`}
        onInput={(e) => {
          const t = (e.target as HTMLInputElement).value;
          setText(t);
          const r = parseWholeNumber(t, { min, max, name: label });
          if (r.ok) {
            setError(null);
            onChange(r.value);
          } else {
            setError(r.error);
            onChange(undefined);
          }
        }}
      />
      <p id={`${id}-error`} class="error" role={error ? 'alert' : undefined}>{error ?? ''}</p>
    </div>
  );
}
