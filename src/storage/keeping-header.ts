// The header's one line about keeping, apart from the rest of keeping.ts: it is in the first
// load, the longer sentences of the saved-cases section are not.

/** kept: persistent storage granted. may-clear: best effort. no-api: the browser cannot say. memory: nothing kept at all. unknown: not read yet. */
export type KeepState = 'kept' | 'may-clear' | 'no-api' | 'memory' | 'unknown';

export const KEEP_HEADER: Record<KeepState, string> = {
  kept: 'Answers are saved on this device until you delete them. Nothing leaves it.',
  'may-clear': 'Answers are saved on this device; the browser may clear them. Nothing leaves it.',
  'no-api': 'Answers are saved on this device; the browser decides how long. Nothing leaves it.',
  memory: '',
  unknown: 'Answers are saved on this device as you enter them. Nothing leaves it.',
};
