// Some browsers have shipped an indexedDB.open that never answers. Waiting forever would leave
// the clinician with no saved cases and no word: after a few seconds storage is given up for
// this visit, and a connection that opens late is closed so it holds nothing up.

export const OPEN_TIMEOUT_MS = 4000;

export class OpenTimeoutError extends Error {
  override name = 'OpenTimeoutError';
}

/**
 * Resolves as `opening` does, or rejects with OpenTimeoutError after `ms`. `hold()` stops the
 * clock (an upgrade blocked by another tab is waiting for a reason the clinician is told).
 * A value that arrives after the timeout is handed to `late`.
 */
export function withTimeout<T>(opening: Promise<T>, ms: number, late: (value: T) => void): { result: Promise<T>; hold: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const result = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new OpenTimeoutError(`Storage did not open within ${ms} ms`));
    }, ms);
    opening.then(
      (value) => {
        clearTimeout(timer);
        if (timedOut) late(value);
        else resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
  return { result, hold: () => clearTimeout(timer) };
}
