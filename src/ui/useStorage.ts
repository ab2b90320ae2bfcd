// Opens storage once for the app and reports what the clinician must know about it. The storage
// module (IndexedDB, the validators) loads beside the first paint, not before it: the draft is
// read asynchronously anyway.
import { useEffect, useState } from 'preact/hooks';
import type { Storage } from '../storage';

export type StorageNotice = null | 'blocked' | 'blocking';

export function useStorage() {
  const [storage, setStorage] = useState<Storage | null>(null);
  const [notice, setNotice] = useState<StorageNotice>(null);
  const [unavailableMessage, setUnavailableMessage] = useState('');
  useEffect(() => {
    let live = true;
    import('../storage')
      .then(async ({ openStorage, UNAVAILABLE_MESSAGES }) => {
        const s = await openStorage({ onBlocked: () => setNotice('blocked'), onBlocking: () => setNotice('blocking') });
        if (!live) return;
        setUnavailableMessage(s.unavailableReason ? UNAVAILABLE_MESSAGES[s.unavailableReason] : '');
        setStorage(s);
        setNotice((n) => (n === 'blocked' ? null : n));
      })
      .catch(() => live && setUnavailableMessage('The storage code could not be loaded: answers live only until the tab closes.'));
    return () => {
      live = false;
    };
  }, []);
  return { storage, notice, unavailableMessage };
}
