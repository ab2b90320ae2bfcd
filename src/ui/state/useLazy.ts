// Loads a module only once it is wanted, so the first load carries only what the first screen
// shows.
import { useEffect, useState } from 'preact/hooks';
import { whenFirst } from './first-input';

export function useLazy<T>(load: () => Promise<T>, wanted = true): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    load().then((m) => live && setMod(() => m));
    return () => {
      live = false;
    };
  }, [wanted]);
  return mod;
}

/** True from the first tap, key press or approach to `targetId` (none if ''), whichever comes first. */
export function useWantedSoon(targetId: string): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const stop = whenFirst(['pointerdown', 'keydown'], want);
    const target = targetId ? document.getElementById(targetId) : null;
    const seen = target && 'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: '400px' })
      : null;
    if (target && seen) seen.observe(target);
    return () => {
      stop();
      seen?.disconnect();
    };
  }, [wanted]);
  return wanted;
}
