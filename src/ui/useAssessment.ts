// The assessment being entered: restored from the saved draft, saved on every change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyAssessment, isEmptyAssessment, type Assessment, type Storage } from '../storage';

export function useAssessment(storage: Storage | null) {
  const [assessment, setAssessment] = useState<Assessment>(emptyAssessment);
  const [saveFailed, setSaveFailed] = useState(false);
  const [undoable, setUndoable] = useState<{ previous: Assessment; reason: 'new' | 'opened' } | null>(null);
  const edited = useRef(false);
  const loaded = useRef(false);
  const current = useRef(assessment);
  current.current = assessment;

  useEffect(() => {
    if (!storage) return;
    let live = true;
    storage.draft
      .load()
      .catch(() => null)
      .then((draft) => {
        if (!live) return;
        loaded.current = true;
        // A tap made while the draft was loading wins over the stored draft.
        if (draft && !edited.current) setAssessment(draft);
        else storage.draft.save(current.current).catch(() => undefined);
      });
    return () => {
      live = false;
    };
  }, [storage]);

  useEffect(() => {
    if (loaded.current && storage) {
      storage.draft.save(assessment).then(
        () => setSaveFailed(false),
        () => setSaveFailed(true),
      );
    }
  }, [assessment]);

  const update = useCallback((change: (a: Assessment) => Assessment) => {
    edited.current = true;
    setUndoable(null);
    setAssessment((a) => change(a));
  }, []);

  const startNew = useCallback(() => {
    edited.current = true;
    const previous = current.current;
    setUndoable(isEmptyAssessment(previous) ? null : { previous, reason: 'new' });
    setAssessment(emptyAssessment());
  }, []);

  const undo = useCallback(() => {
    if (undoable) setAssessment(undoable.previous);
    setUndoable(null);
  }, [undoable]);

  const replace = useCallback((a: Assessment) => {
    edited.current = true;
    const previous = current.current;
    setUndoable(isEmptyAssessment(previous) ? null : { previous, reason: 'opened' });
    setAssessment(a);
  }, []);

  /** Resolves once the answers on screen are written, e.g. before an update reloads the page. */
  const flush = useCallback(async () => {
    if (storage) await storage.draft.save(current.current);
  }, [storage]);

  return { assessment, update, startNew, undo, undoable, replace, flush, saveFailed };
}
