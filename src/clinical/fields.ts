import type { Result } from './result';

/**
 * Reads a whole number typed into a form field. An empty field is "not answered" (undefined),
 * never 0: z.coerce.number() would turn "" into 0, a clinical error here.
 */
export function parseWholeNumber(
  text: string,
  { min, max, name }: { min: number; max: number; name: string },
): Result<number | undefined> {
  const t = typeof text === 'string' ? text.trim() : '';
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d{1,6}$/.test(t)) return { ok: false, error: `${name} must be a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { ok: false, error: `${name} must be from ${min} to ${max}.` };
  return { ok: true, value: n };
}
