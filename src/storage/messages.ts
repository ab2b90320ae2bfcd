// Words for what went wrong in storage and backups. Text from a file or a browser error is
// never echoed raw: invisible and direction-changing characters are removed and it is cut short.

/** Zero-width, bidirectional-control and other invisible or control characters. */
export const HIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/;
const HIDDEN_ALL = new RegExp(HIDDEN_CHARS.source, 'g');

export const stripHidden = (s: string): string => s.replace(HIDDEN_ALL, '');

/** Text from outside, safe to show in a message: visible characters only, at most `max` of them. */
export function quoteOutside(s: string, max = 40): string {
  const t = stripHidden(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "12.3 MB" for a size, or bytes where rounding would make two different sizes read the same. */
export function sizeMessage(bytes: number, cap: number): string {
  const mb = (n: number, round: (x: number) => number) => (round(n / 1024 / 102.4) / 10).toFixed(1);
  const file = mb(bytes, Math.ceil);
  const most = mb(cap, Math.floor);
  if (file !== most) return `The file is ${file} MB; a backup is at most ${most} MB.`;
  return `The file is ${bytes.toLocaleString('en')} bytes; a backup is at most ${cap.toLocaleString('en')} bytes.`;
}

const endClean = (s: string) => s.replace(/[\s.;:,]+$/, '');

/** A refused write or read, in words a clinician can act on; never ends in punctuation. */
export function describeStorageError(error: unknown): string {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'storage on this device is full: free some space or export and delete old cases, then try again';
  }
  if (name === 'AbortError') return 'the browser stopped the write, which usually means storage on this device is full';
  if (name === 'VersionError') return 'the saved data was written by a newer version of the calculator: reload to update';
  if (name === 'CaseLimitError') return endClean(message);
  if (name === '$ZodError' || name === 'ZodError') return 'the answers did not pass the app’s checks';
  return endClean(quoteOutside(message || 'unknown error', 120)) || 'unknown error';
}
