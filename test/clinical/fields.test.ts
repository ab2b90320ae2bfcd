// Numbers typed in any script's decimal digits read as the number they show.
import { describe, expect, it } from 'vitest';
import { asciiDigits, parseDecimal, parseWholeNumber } from '../../src/clinical/fields';

const age = { min: 0, max: 120, name: 'Age' };
const albumin = { min: 0.5, max: 70, name: 'Albumin' };

describe('digits of every script', () => {
  it.each([
    ['６０', 60], // full width, as a Japanese IME types it
    ['٦٠', 60], // Arabic-Indic
    ['۶۰', 60], // Extended Arabic-Indic (Persian, Urdu)
    ['६०', 60], // Devanagari
    ['৬০', 60], // Bengali
    ['𝟔𝟎', 60], // mathematical bold, in a run of five runs of ten
    ['１２０', 120],
    ['０', 0],
    [' ６５ ', 65],
    ['　７　', 7], // ideographic spaces around
  ])('%s reads as %d', (text, n) => {
    expect(parseWholeNumber(text, age)).toEqual({ ok: true, value: n });
  });

  it('every decimal digit Unicode has reads as its value', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!/\p{Nd}/u.test(ch)) continue;
      // The name of the digit says its value; the run it sits in must agree.
      const v = Number(asciiDigits(ch));
      expect(Number.isInteger(v) && v >= 0 && v <= 9, `U+${cp.toString(16)}`).toBe(true);
      // The next code point, when a digit of the same run, is one more (or 0 after 9).
      const next = String.fromCodePoint(cp + 1);
      if (/\p{Nd}/u.test(next)) expect(Number(asciiDigits(next))).toBe((v + 1) % 10);
    }
    expect(asciiDigits('𝟘𝟡𝟬𝟿')).toBe('0909');
  });

  it('full-width and Arabic decimal points in a decimal field', () => {
    expect(parseDecimal('３．４', albumin)).toEqual({ ok: true, value: 3.4 });
    expect(parseDecimal('３，４', albumin)).toEqual({ ok: true, value: 3.4 });
    expect(parseDecimal('٣٫٤', albumin)).toEqual({ ok: true, value: 3.4 });
    expect(parseDecimal('３４', albumin)).toEqual({ ok: true, value: 34 });
  });

  it('is still refused when out of range or not a number, in words', () => {
    expect(parseWholeNumber('１２１', age)).toEqual({ ok: false, error: 'Age must be from 0 to 120.' });
    expect(parseWholeNumber('６.５', age)).toEqual({ ok: false, error: 'Age must be a whole number from 0 to 120.' });
    // The Arabic thousands separator is not a decimal point.
    expect(parseDecimal('٣٬٤', albumin).ok).toBe(false);
    expect(parseWholeNumber('٦x', age).ok).toBe(false);
    // Superscripts and circled numbers are not decimal digits.
    expect(parseWholeNumber('²', age).ok).toBe(false);
    expect(parseWholeNumber('⑥', age).ok).toBe(false);
  });
});
