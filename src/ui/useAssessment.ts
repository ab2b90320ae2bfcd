// The assessment being entered: restored from the saved draft, written at once on every change.
// Changes are kept as functions until written, so a change made before the draft loads, or
// while another tab writes, is applied on top of those answers instead of over them.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyAssessment, isEmptyAssessment, type Assessment } from '../clinical';
import type { Storage } from '../storage';
import { LiveAnswers, afterPaint } from './live';

type Change = (a: Assessment) => Assessment;
const CHANNEL = 'spine-calculator-draft';

export function useAssessment(storage: Storage | null) {
  const [assessment, setAssessment] = useState<Assessment>(emptyAssessment);
  const [saveFailed, setSaveFailed] = useState(false);
  const [setAside, setSetAside] = useState<string[]>([]);
  const [fromOtherTab, setFromOtherTab] = useState(false);
  const [undoable, setUndoable] = useState<{ previous: Assessment; previousOpened: string | null; message: string } | null>(null);
  // The saved case on screen (opened or just saved), so that edits can be saved back to it.
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opened = useRef(openedId);
  opened.current = openedId;
  const loaded = useRef(false);
  const pending = useRef<Change[]>([]);
  const rev = useRef(0);
  const writing = useRef<Promise<void> | null>(null);
  const leaving = useRef(false);
  const channel = useRef<BroadcastChannel | null>(null);

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

  /** Writes every pending change in one transaction; repeats while more arrive. */
  const write = useCallback(() => {
    if (!storage || !loaded.current || writing.current || pending.current.length === 0) return;
    const batch = pending.current.slice();
    const all: Change = (a) => batch.reduce((x, f) => f(x), a);
    writing.current = storage.draft
      .change(all, live.current, rev.current)
      .then(
        (r) => {
          pending.current.splice(0, batch.length);
          // A write made as the page was left (saveNow) may already carry a later revision.
          rev.current = Math.max(rev.current, r.rev);
          setSaveFailed(false);
          if (r.rebased) {
            show(pending.current.reduce((x, f) => f(x), r.assessment));
            setFromOtherTab(true);
          }
          channel.current?.postMessage({ rev: r.rev });
        },
        () => {
          // Not written: keep the answers on screen, say so, and try again at the next change.
          pending.current.splice(0, batch.length);
          // A write cut off as the page was left was written again by saveNow: not a failure.
          if (!leaving.current) setSaveFailed(true);
        },
      )
      .finally(() => {
        writing.current = null;
        write();
      });
  }, [storage]);

  useEffect(() => {
    if (!storage) return;
    let mounted = true;
    storage.draft
      .load()
      .catch(() => null)
      .then((draft) => {
        if (!mounted) return;
        loaded.current = true;
        if (draft) {
          rev.current = draft.rev;
          setSetAside(draft.setAside);
          show(pending.current.reduce((x, f) => f(x), draft.assessment));
        }
        write();
      });
    // Another tab wrote: show its answers, unless this tab's own change is about to go on top.
    const bc = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    channel.current = bc;
    if (bc) {
      bc.onmessage = (e: MessageEvent<{ rev?: number }>) => {
        if (typeof e.data?.rev !== 'number' || e.data.rev <= rev.current || pending.current.length || writing.current) return;
        storage.draft.load().then((d) => {
          if (!mounted || !d || d.rev <= rev.current || pending.current.length) return;
          rev.current = d.rev;
          show(d.assessment);
          setFromOtherTab(true);
        });
      };
    }
    // A tab closed or reloaded straight after a tap: write what is on screen as the page goes, in
    // one request committed at once (a write in flight, or one that reads first, is cut off by a
    // reload). Its revision is above the one the write in flight will take.
    const leave = (e?: Event) => {
      if (!pending.current.length || !loaded.current) return;
      // The page is going: cut the write in flight, or it would hold this one back until too late.
      const going = e?.type === 'pagehide';
      leaving.current = going;
      rev.current += writing.current && !going ? 2 : 1;
      try {
        storage.draft.saveNow(live.current, rev.current, { cutInFlight: going });
      } catch {
        // Not written (an answer that does not validate, storage gone): nothing more can be done as the page goes.
      }
    };
    const hidden = () => document.visibilityState === 'hidden' && leave();
    // Back from the back-forward cache: writes fail for real again.
    const back = () => (leaving.current = false);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      mounted = false;
      bc?.close();
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [storage]);

  const apply = useCallback(
    (change: Change) => {
      pending.current.push(change);
      show(change(live.current));
      write();
    },
    [write],
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
    await writing.current;
    if (storage) await storage.draft.save(live.current);
  }, [storage]);

  return { assessment, live, painted: painted.current === assessment, update, changeWithUndo, startNew, undo, undoable, replace, flush, saveFailed, setAside, fromOtherTab, openedId, setOpenedId };
}
