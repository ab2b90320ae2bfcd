// The assessment being entered: restored from the saved draft, written at once on every change.
// Changes are kept as functions until written, so a change made before the draft loads, or
// while another tab writes, is applied on top of those answers instead of over them.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyAssessment, isEmptyAssessment, type Assessment } from '../../clinical';
import type { Storage } from '../../storage';
import type { Change, DraftTab } from '../../storage/draft-tab';
import { LiveAnswers, afterPaint } from './live';
import { leaveEarly } from '../../storage/leave-key';

/** `want`: asks for storage (useStorage), at the first change on a device that held nothing yet. */
export function useAssessment(storage: Storage | null, want: () => void = () => undefined) {
  const [assessment, setAssessment] = useState<Assessment>(emptyAssessment);
  const [saveFailed, setSaveFailed] = useState(false);
  const [setAside, setSetAside] = useState<string[]>([]);
  const [fromOtherTab, setFromOtherTab] = useState(false);
  const [undoable, setUndoable] = useState<{ previous: Assessment; previousOpened: string | null; message: string } | null>(null);
  // The saved case on screen (opened or just saved), so that edits can be saved back to it.
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opened = useRef(openedId);
  opened.current = openedId;
  // The lesion being tapped renders from `live` at once; the rest, from `assessment`, after that
  // paint (live.ts). `painted`: the answers now in `assessment` were already drawn live.
  // `live.current` is also the newest answers for everything here (writes, undo, leaving).
  const holder = useRef<LiveAnswers | null>(null);
  holder.current ??= new LiveAnswers(assessment);
  const live = holder.current;
  const painted = useRef<Assessment | null>(null);
  const waiting = useRef(false);
  const show = (a: Assessment) => {
    if (!live.publish(a)) return setAssessment(a);
    if (waiting.current) return;
    waiting.current = true;
    afterPaint(() => {
      waiting.current = false;
      painted.current = live.current;
      setAssessment(live.current);
    });
  };

  // The save path (storage/draft-tab.ts): pending changes, revisions, the change left on leaving.
  // It loads beside the storage code, off the first load, in keep-view.ts: wired there to the
  // other tabs and the page's leaving, it shows the results, and puts a reload's scroll back,
  // once the draft is drawn.
  const tabRef = useRef<DraftTab | null>(null);
  // Changes made before the tab exists wait here; the tab takes them when it starts.
  const early = useRef<Change[]>([]);

  // Until the tab starts, a page that goes leaves the changes made so far, as the tab would:
  // made on the empty screen, they are exactly what that screen shows now. Before storage has
  // opened (a first visit), the record is written as it stands (leave-key.ts).
  const storageNow = useRef<Storage | null>(null);
  storageNow.current = storage;
  useEffect(() => {
    const going = () => {
      if (tabRef.current || !early.current.length) return;
      const tab = `early-${Math.random().toString(36).slice(2)}`;
      try {
        if (storageNow.current) storageNow.current.draft.saveNow({ tab, base: emptyAssessment(), screen: live.current });
        else leaveEarly(tab, emptyAssessment(), live.current);
      } catch {
        // Answers that do not validate, or localStorage refused: nothing more can be done as the page goes.
      }
    };
    addEventListener('pagehide', going);
    return () => removeEventListener('pagehide', going);
  }, []);

  useEffect(() => {
    // Fetched beside the storage code (useStorage starts both): the tab starts as storage opens.
    if (!storage) return;
    const code = import('./keep-view');
    let mounted = true;
    let stop = () => undefined as unknown;
    void code.then(({ openTab }) => {
      if (!mounted) return;
      const wired = openTab(
        storage.draft,
        {
          screen: () => live.current,
          show: (a, other) => {
            show(a);
            if (other) setFromOtherTab(true);
          },
          loaded: (d) => d && setSetAside(d.setAside),
          saved: (ok) => setSaveFailed(!ok),
        },
        early.current.splice(0),
      );
      tabRef.current = wired.tab;
      stop = wired.stop;
    });
    return () => {
      mounted = false;
      stop();
    };
  }, [storage]);

  const apply = useCallback(
    (change: Change) => {
      show(change(live.current));
      if (tabRef.current) tabRef.current.push(change);
      else {
        early.current.push(change);
        want();
      }
    },
    [],
  );

  const update = useCallback(
    (change: Change) => {
      setUndoable(null);
      setFromOtherTab(false);
      apply(change);
    },
    [apply],
  );

  /** A change that can be taken back with one tap (new assessment, a removed lesion, an opened case). */
  const changeWithUndo = useCallback(
    (message: string, change: Change, nextOpened: string | null = opened.current) => {
      const previous = live.current;
      setUndoable(isEmptyAssessment(previous) ? null : { previous, previousOpened: opened.current, message });
      setOpenedId(nextOpened);
      apply(change);
    },
    [apply],
  );

  const startNew = useCallback(() => changeWithUndo('New assessment started.', () => emptyAssessment(), null), [changeWithUndo]);

  const undo = useCallback(() => {
    if (undoable) {
      apply(() => undoable.previous);
      setOpenedId(undoable.previousOpened);
    }
    setUndoable(null);
  }, [undoable, apply]);

  const replace = useCallback(
    (a: Assessment, id: string | null = null) => changeWithUndo('Saved case opened; the answers that were on screen can be brought back.', () => a, id),
    [changeWithUndo],
  );

  /** Resolves once the answers on screen are written, e.g. before an update reloads the page. */
  const flush = useCallback(async () => {
    await tabRef.current?.flush();
  }, []);

  return { assessment, live, painted: painted.current === assessment, update, changeWithUndo, startNew, undo, undoable, replace, flush, saveFailed, setAside, fromOtherTab, openedId, setOpenedId };
}
