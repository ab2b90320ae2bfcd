/** Outcome of reading outside input: a value, or a message a clinician can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
