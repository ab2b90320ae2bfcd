// A fieldset of radio buttons: one tap per answer, nothing pre-selected, and a way back to
// "not answered".
import type { ComponentChildren } from 'preact';

export interface Option<T extends string | number | boolean> {
  value: T;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

interface Props<T extends string | number | boolean> {
  name: string;
  legend: ComponentChildren;
  options: readonly Option<T>[];
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  disabled?: boolean;
  note?: ComponentChildren;
  layout?: 'column' | 'row';
}

export function Choice<T extends string | number | boolean>({ name, legend, options, value, onChange, disabled, note, layout = 'column' }: Props<T>) {
  return (
    <fieldset class={`choice choice-${layout}`} disabled={disabled}>
      <legend>{legend}</legend>
      {value !== undefined && !disabled && (
        <button type="button" class="clear" onClick={() => onChange(undefined)}>
          Clear<span class="visually-hidden"> {typeof legend === 'string' ? legend : name}</span>
        </button>
      )}
      {note && <p class="note">{note}</p>}
      <div class="options">
        {options.map((o) => {
          const id = `${name}-${String(o.value)}`;
          return (
            <label key={id} for={id} class={value === o.value ? 'option checked' : 'option'}>
              <input
                type="radio"
                id={id}
                name={name}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
              />
              <span class="option-text">
                {typeof o.label === 'string' ? breakAfterSlash(o.label) : o.label}
                {o.hint && <span class="hint">{o.hint}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** "Subluxation/translation" may wrap after the slash rather than inside a word. */
const breakAfterSlash = (t: string) => t.replace(/\//g, '/\u200b');

export const YES_NO: readonly Option<boolean>[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];
