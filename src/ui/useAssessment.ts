// The assessment being entered: restored from the saved draft, saved on every change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyAssessment, isEmptyAssessment, type Assessment } from '../storage/assessment';
import { openDraftStore, type DraftStore } from '../storage/draft';

export type StorageState = 'opening' | 'persistent' | 'memory';

export function useAssessment() {
  const [assessment, setAssessment] = useState<Assessment>(emptyAssessment);
  const [storage, setStorage] = useState<StorageState>('opening');
  const [undoable, setUndoable] = useState<Assessment | null>(null);
  const store = useRef<DraftStore | null>(null);
  const edited = useRef(false);
  const loaded = useRef(false);

  useEffect(() => {
    let cancelled = false;
    openDraftStore().then(async (s) => {
      const draft = await s.load().catch(() => null);
      if (cancelled) return;
      store.current = s;
      loaded.current = true;
      // A tap made while the draft was loading wins over the stored draft.
      if (draft && !edited.current) setAssessment(draft);
      setStorage(s.persistent ? 'persistent' : 'memory');
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!loaded.current || !store.current) return;
    store.current.save(assessment).catch(() => setStorage('memory'));
  }, [assessment]);

  const update = useCallback((change: (a: Assessment) => Assessment) => {
    edited.current = true;
    setUndoable(null);
    setAssessment((a) => change(a));
  }, []);

  const current = useRef(assessment);
  current.current = assessment;

  const startNew = useCallback(() => {
    edited.current = true;
    const previous = current.current;
    setUndoable(isEmptyAssessment(previous) ? null : previous);
    setAssessment(emptyAssessment());
  }, []);

  const undo = useCallback(() => {
    if (undoable) setAssessment(undoable);
    setUndoable(null);
  }, [undoable]);

  const replace = useCallback((a: Assessment) => {
    edited.current = true;
    setUndoable(null);
    setAssessment(a);
  }, []);

  return { assessment, update, startNew, undo, undoable, replace, storage };
}
