// Opens storage once for the app and reports what the clinician must know about it.
import { useEffect, useState } from 'preact/hooks';
import { openStorage, type Storage } from '../storage';

export type StorageNotice = null | 'blocked' | 'blocking';

export function useStorage() {
  const [storage, setStorage] = useState<Storage | null>(null);
  const [notice, setNotice] = useState<StorageNotice>(null);
  useEffect(() => {
    let live = true;
    openStorage({ onBlocked: () => setNotice('blocked'), onBlocking: () => setNotice('blocking') }).then((s) => {
      if (live) {
        setStorage(s);
        setNotice((n) => (n === 'blocked' ? null : n));
      }
    });
    return () => {
      live = false;
    };
  }, []);
  return { storage, notice };
}
