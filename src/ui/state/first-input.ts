// Waiting for the clinician: several parts load at the first tap or key (and each its own few
// other events), then stop listening for all of them.

/** Calls `fn` once, at the first of `events` on the window; the function returned stops waiting. */
export function whenFirst(events: readonly string[], fn: () => void): () => void {
  const stop = () => {
    for (const e of events) removeEventListener(e, go);
  };
  const go = () => {
    stop();
    fn();
  };
  for (const e of events) addEventListener(e, go, { passive: true });
  return stop;
}
