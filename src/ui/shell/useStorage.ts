// Opens storage once for the app and reports what the clinician must know about it. The storage
// module (IndexedDB, the validators) loads beside the first paint, not before it: the draft is
// read asynchronously anyway. On a device that holds nothing yet (answers-mark.ts) it loads at the
// first tap, key, scroll or answer instead: a first visit that only looks downloads none of it. Whether
// the browser keeps the data is read before storage is handed on, so the header's line appears
// once, already true.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ANSWERS_MARK, USED_MARK, mayHoldData } from '../state/answers-mark';
import { whenFirst } from '../state/first-input';
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
  // Whether storage was asked for: a ref, not state, so that the first tap, key or scroll that
  // asks for it renders nothing at that moment; App renders again once storage is open.
  const asked = useRef<() => void>(() => undefined);
  /** An answer was given, or the clinician started: storage opens now, if it has not. */
  const want = useCallback(() => asked.current(), []);
  useEffect(() => {
    let live = true;
    let started = false;
    let unsubscribe = () => undefined as unknown;
    // Installed: the moment persistent storage is most likely granted (Chromium grants it to installed apps).
    const installed = () => void storage?.keeper?.ask('installed');
    let storage: Storage | null = null;
    const open = () => {
      if (started || !live) return;
      started = true;
      stopWaiting();
      // The tab's save path comes with it (useAssessment imports it once storage is open).
      void import('../state/keep-view').catch(() => undefined);
      import('../../storage')
        .then(async ({ openStorage, UNAVAILABLE_MESSAGES, KEEP_HEADER }) => {
          const s = await openStorage({ onBlocked: () => setNotice('blocked'), onBlocking: () => setNotice('blocking') });
          if (!live) return;
          storage = s;
          try {
            localStorage.setItem(USED_MARK, '1');
          } catch {
            // Not kept: storage then opens at once on every visit (mayHoldData).
          }
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
    };
    asked.current = open;
    // Another tab opened storage, or saved answers: this one shows them too, as it would have.
    const other = (e: StorageEvent) => (e.key === USED_MARK || e.key === ANSWERS_MARK) && open();
    // A scroll too: a screen reader moving on, or a clinician looking for the saved cases.
    let stopInput = () => undefined as unknown;
    const stopWaiting = () => {
      stopInput();
      removeEventListener('storage', other);
    };
    if (mayHoldData()) open();
    else {
      stopInput = whenFirst(['pointerdown', 'keydown', 'scroll'], open);
      addEventListener('storage', other);
    }
    window.addEventListener('appinstalled', installed);
    return () => {
      live = false;
      stopWaiting();
      unsubscribe();
      window.removeEventListener('appinstalled', installed);
    };
  }, []);
  /** The header's line for storage that works: how long the browser keeps the answers, as it is. */
  const keepingLine = headerWords ? headerWords[keeping] : '';
  return { storage, notice, unavailableMessage, keeping, keepingLine, want };
}
