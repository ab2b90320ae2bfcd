// Loads a module after the first screen is up, so the first load carries only what it shows.
import { useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then((m) => live && setMod(() => m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}
