// The assessment being entered: restored from the saved draft, saved on every change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyAssessment, isEmptyAssessment, type Assessment, type Storage } from '../storage';

export function useAssessment(storage: Storage | null) {
  const [assessment, setAssessment] = useState<Assessment>(emptyAssessment);
  const [saveFailed, setSaveFailed] = useState(false);
  const [undoable, setUndoable] = useState<{ previous: Assessment; message: string } | null>(null);
  const loaded = useRef(false);
  // Changes made before the saved draft is read are replayed on top of it: nothing is lost.
  const early = useRef<Array<(a: Assessment) => Assessment>>([]);
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
        const changes = early.current;
        early.current = [];
        if (draft) setAssessment(changes.reduce((a, change) => change(a), draft));
        else if (changes.length) storage.draft.save(current.current).catch(() => setSaveFailed(true));
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

  const apply = useCallback((change: (a: Assessment) => Assessment) => {
    if (!loaded.current) early.current.push(change);
    setAssessment((a) => change(a));
  }, []);

  const update = useCallback((change: (a: Assessment) => Assessment) => {
    setUndoable(null);
    apply(change);
  }, []);

  /** A change that can be taken back with one tap (new assessment, a removed lesion). */
  const changeWithUndo = useCallback((message: string, change: (a: Assessment) => Assessment) => {
    const previous = current.current;
    setUndoable(isEmptyAssessment(previous) ? null : { previous, message });
    apply(change);
  }, []);

  const startNew = useCallback(() => changeWithUndo('New assessment started.', () => emptyAssessment()), []);

  const undo = useCallback(() => {
    if (undoable) setAssessment(undoable.previous);
    setUndoable(null);
  }, [undoable]);

  const replace = useCallback((a: Assessment) => changeWithUndo('Saved case opened; the answers that were on screen can be brought back.', () => a), []);

  /** Resolves once the answers on screen are written, e.g. before an update reloads the page. */
  const flush = useCallback(async () => {
    if (storage) await storage.draft.save(current.current);
  }, [storage]);

  return { assessment, update, changeWithUndo, startNew, undo, undoable, replace, flush, saveFailed };
}
