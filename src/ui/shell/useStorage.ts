// Opens storage once for the app and reports what the clinician must know about it. The storage
// module (IndexedDB, the validators) loads beside the first paint, not before it: the draft is
// read asynchronously anyway. Whether the browser keeps the data is read before storage is
// handed on, so the header's line appears once, already true.
import { useEffect, useState } from 'preact/hooks';
import type { KeepState, Storage } from '../../storage';
import { isStandalone } from '../../pwa/platform';

export type StorageNotice = null | 'blocked' | 'blocking';


// persisted() answers at once in every browser tried; a browser that never answers must not hold storage back.
const READ_KEEPING_MS = 300;

export function useStorage() {
  const [storage, setStorage] = useState<Storage | null>(null);
  const [notice, setNotice] = useState<StorageNotice>(null);
  const [unavailableMessage, setUnavailableMessage] = useState('');
  const [keeping, setKeeping] = useState<KeepState>('unknown');
  // The header's words arrive with the storage code: the line shows only once storage is open.
  const [headerWords, setHeaderWords] = useState<Record<KeepState, string> | null>(null);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => undefined as unknown;
    // Installed: the moment persistent storage is most likely granted (Chromium grants it to installed apps).
    const installed = () => void storage?.keeper?.ask('installed');
    let storage: Storage | null = null;
    import('../../storage')
      .then(async ({ openStorage, UNAVAILABLE_MESSAGES, KEEP_HEADER }) => {
        const s = await openStorage({ onBlocked: () => setNotice('blocked'), onBlocking: () => setNotice('blocking') });
        if (!live) return;
        storage = s;
        const k = s.keeper;
        if (k) {
          unsubscribe = k.subscribe((state) => live && setKeeping(state));
          await Promise.race([k.read().catch(() => undefined), new Promise((r) => setTimeout(r, READ_KEEPING_MS))]);
          if (!live) return;
          setKeeping(k.state);
          if (isStandalone()) installed();
        }
        setHeaderWords(KEEP_HEADER);
        setUnavailableMessage(s.unavailableReason ? UNAVAILABLE_MESSAGES[s.unavailableReason] : '');
        setStorage(s);
        setNotice((n) => (n === 'blocked' ? null : n));
      })
      .catch(() => live && setUnavailableMessage('The storage code could not be loaded: answers live only until the tab closes.'));
    window.addEventListener('appinstalled', installed);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('appinstalled', installed);
    };
  }, []);
  /** The header's line for storage that works: how long the browser keeps the answers, as it is. */
  const keepingLine = headerWords ? headerWords[keeping] : '';
  return { storage, notice, unavailableMessage, keeping, keepingLine };
}
