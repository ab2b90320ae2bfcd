// @vitest-environment happy-dom
// Typing key by key: what is saved is always what is on screen, or nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { NumberField } from '../../../src/ui/controls/NumberField';
import { parseDecimal } from '../../../src/clinical/fields';

afterEach(cleanup);

function setup(props: { min: number; max: number; decimal?: boolean; start?: number }) {
  const given: Array<number | undefined> = [];
  let saved: number | undefined = props.start;
  let setOutside: (v: number | undefined) => void = () => undefined;
  function Host() {
    const [v, setV] = useState<number | undefined>(props.start);
    setOutside = setV;
    return <NumberField id="n" label="Count" min={props.min} max={props.max} decimal={props.decimal} value={v} onChange={(x) => { given.push(x); saved = x; setV(x); }} />;
  }
  render(<Host />);
  const input = screen.getByLabelText('Count') as HTMLInputElement;
  /** One key as a browser applies it to the text on screen. */
  const key = (k: string) => fireEvent.input(input, { target: { value: k === 'Backspace' ? input.value.slice(0, -1) : input.value + k } });
  const type = (...keys: string[]) => keys.forEach(key);
  return { input, type, given, saved: () => saved, outside: (v: number | undefined) => setOutside(v) };
}

const invalid = (input: HTMLInputElement) => input.getAttribute('aria-invalid') === 'true';

describe('NumberField typed key by key', () => {
  it('"7","2",".","5" shows 72.5, invalid, and never saves 5', () => {
    const f = setup({ min: 0, max: 120 });
    f.type('7', '2', '.', '5');
    expect(f.input.value).toBe('72.5');
    expect(invalid(f.input)).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    expect(f.saved()).toBeUndefined();
    expect(f.given).toEqual([7, 72, undefined]);
  });

  it('"1","w",Backspace,"2" gives 12', () => {
    const f = setup({ min: 1, max: 29 });
    f.type('1', 'w', 'Backspace', '2');
    expect(f.input.value).toBe('12');
    expect(invalid(f.input)).toBe(false);
    expect(f.saved()).toBe(12);
  });

  it.each([['1.5'], ['1e1'], ['9999999'], ['0x10']])('"%s" stays on screen, invalid, and gives nothing', (text) => {
    const f = setup({ min: 0, max: 999 });
    f.type(...text.split(''));
    expect(f.input.value).toBe(text);
    expect(invalid(f.input)).toBe(true);
    expect(f.saved()).toBeUndefined();
    // "not answered" is given at most once in a row: never a wipe of the text
    expect(f.given.filter((x, i) => x === undefined && f.given[i - 1] === undefined).length).toBeLessThanOrEqual(1);
  });

  it('"1000" then Backspace leaves "100" and gives 100', () => {
    const f = setup({ min: 0, max: 999 });
    f.type('1', '0', '0', '0');
    expect(f.input.value).toBe('1000');
    expect(invalid(f.input)).toBe(true);
    f.type('Backspace');
    expect(f.input.value).toBe('100');
    expect(invalid(f.input)).toBe(false);
    expect(f.saved()).toBe(100);
  });

  it('a value changed from outside (a case opened) replaces the text', () => {
    const f = setup({ min: 0, max: 120, start: 40 });
    expect(f.input.value).toBe('40');
    f.type('x');
    expect(invalid(f.input)).toBe(true);
    act(() => f.outside(63));
    expect(f.input.value).toBe('63');
    expect(invalid(f.input)).toBe(false);
  });
});

describe('NumberField, decimal', () => {
  it('reads "3.4" and "34" as typed, refuses "3.456", "1e1" and "-3"', () => {
    const f = setup({ min: 0.5, max: 70, decimal: true });
    f.type('3', '.', '4');
    expect(f.saved()).toBe(3.4);
    expect(f.input.getAttribute('inputmode')).toBe('decimal');
    f.type('5', '6');
    expect(f.input.value).toBe('3.456');
    expect(invalid(f.input)).toBe(true);
    expect(f.saved()).toBeUndefined();
    for (const t of ['34', '1e1', '-3', '0x1', '3..4', '.5']) {
      const r = parseDecimal(t, { min: 0.5, max: 70, name: 'Albumin' });
      expect([t, r.ok && r.value]).toEqual([t, t === '34' ? 34 : false]);
    }
    expect(parseDecimal('', { min: 0.5, max: 70, name: 'Albumin' })).toEqual({ ok: true, value: undefined });
    expect(parseDecimal('3,4', { min: 0.5, max: 70, name: 'Albumin' })).toEqual({ ok: true, value: 3.4 });
    expect(parseDecimal('71', { min: 0.5, max: 70, name: 'Albumin' }).ok).toBe(false);
  });
});

describe('NumberField, digits of other scripts', () => {
  it('"６","０" typed with a Japanese IME shows ６０ and gives 60', () => {
    const f = setup({ min: 0, max: 120 });
    f.type('６', '０');
    expect(f.input.value).toBe('６０');
    expect(invalid(f.input)).toBe(false);
    expect(f.given).toEqual([6, 60]);
  });

  it('Arabic-Indic "٦٠" shows as typed and gives 60; the text is not rewritten by the echo', async () => {
    const f = setup({ min: 0, max: 120 });
    f.input.focus();
    f.type('٦', '٠');
    await act(async () => undefined);
    expect(f.input.value).toBe('٦٠');
    expect(f.saved()).toBe(60);
  });

  it('a full-width decimal "３．４" gives 3.4 in a decimal field', () => {
    const f = setup({ min: 0.5, max: 70, decimal: true });
    f.type('３', '．', '４');
    expect(f.input.value).toBe('３．４');
    expect(f.saved()).toBe(3.4);
  });
});
