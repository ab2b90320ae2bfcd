import type { Result } from './result';

interface Bounds {
  min: number;
  max: number;
  name: string;
}

const DIGIT = /\p{Nd}/u;
const ANY_DIGIT = /\p{Nd}/gu;
// A decimal point typed on a Japanese or Chinese keyboard (full-width), or in Arabic script
// (U+066B; never its thousands separator U+066C, which would read as a decimal comma).
const POINTS: Record<string, string> = { '．': '.', '，': ',', '٫': '.' };

/** The value 0-9 of one Unicode decimal digit. Unicode encodes every decimal digit in runs of
 * ten, 0 to 9, one run straight after another (Nd stability policy): the place in the run is the value. */
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  let start = cp;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((cp - start) % 10);
}

/**
 * Any script's decimal digits ("６０" from a Japanese keyboard, Arabic-Indic "٦٠") as ASCII
 * digits, so that they read as the number they show. Only for parsing: the field keeps the text.
 */
export function asciiDigits(text: string): string {
  return text.replace(ANY_DIGIT, (d) => (d >= '0' && d <= '9' ? d : digitValue(d))).replace(/[．，٫]/g, (p) => POINTS[p] ?? p);
}

/**
 * Reads a whole number typed into a form field. An empty field is "not answered" (undefined),
 * never 0: z.coerce.number() would turn "" into 0, a clinical error here.
 */
export function parseWholeNumber(text: string, { min, max, name }: Bounds): Result<number | undefined> {
  const t = typeof text === 'string' ? asciiDigits(text.trim()) : '';
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d{1,6}$/.test(t)) return { ok: false, error: `${name} must be a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { ok: false, error: `${name} must be from ${min} to ${max}.` };
  return { ok: true, value: n };
}

/**
 * Reads a decimal number such as a serum albumin ("3.4", "34", "3,4"). Digits with at most two
 * decimals: no sign, exponent ("1e1") or hex ("0x10"), which Number() would read as something
 * other than what is on screen. Empty is "not answered", never 0.
 */
export function parseDecimal(text: string, { min, max, name }: Bounds): Result<number | undefined> {
  const t = typeof text === 'string' ? asciiDigits(text.trim()) : '';
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d{1,4}(?:[.,]\d{1,2})?$/.test(t)) {
    return { ok: false, error: `${name} must be a number from ${min} to ${max}, with at most 2 decimals.` };
  }
  const n = Number(t.replace(',', '.'));
  if (n < min || n > max) return { ok: false, error: `${name} must be from ${min} to ${max}.` };
  return { ok: true, value: n };
}
