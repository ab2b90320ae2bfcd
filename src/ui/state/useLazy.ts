// Loads a module only once it is wanted, so the first load carries only what the first screen
// shows.
import { useEffect, useState } from 'preact/hooks';

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
    const opts = { once: true, passive: true } as const;
    window.addEventListener('pointerdown', want, opts);
    window.addEventListener('keydown', want, opts);
    const target = targetId ? document.getElementById(targetId) : null;
    const seen = target && 'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: '400px' })
      : null;
    if (target && seen) seen.observe(target);
    return () => {
      window.removeEventListener('pointerdown', want);
      window.removeEventListener('keydown', want);
      seen?.disconnect();
    };
  }, [wanted]);
  return wanted;
}
