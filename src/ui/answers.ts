/** A copy of `answers` with `key` set, or removed when the answer is cleared. */
export function withAnswer<T extends object, K extends keyof T>(answers: T, key: K, value: T[K] | undefined): T {
  const next = { ...answers };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
