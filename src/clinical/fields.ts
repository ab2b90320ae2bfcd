import type { Result } from './result';

interface Bounds {
  min: number;
  max: number;
  name: string;
}

/**
 * Reads a whole number typed into a form field. An empty field is "not answered" (undefined),
 * never 0: z.coerce.number() would turn "" into 0, a clinical error here.
 */
export function parseWholeNumber(text: string, { min, max, name }: Bounds): Result<number | undefined> {
  const t = typeof text === 'string' ? text.trim() : '';
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
  const t = typeof text === 'string' ? text.trim() : '';
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d{1,4}(?:[.,]\d{1,2})?$/.test(t)) {
    return { ok: false, error: `${name} must be a number from ${min} to ${max}, with at most 2 decimals.` };
  }
  const n = Number(t.replace(',', '.'));
  if (n < min || n > max) return { ok: false, error: `${name} must be from ${min} to ${max}.` };
  return { ok: true, value: n };
}
