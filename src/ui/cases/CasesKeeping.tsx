// How long the saved cases are kept, the last backup and the 7-day reminder: inside the
// saved-cases section, below the form, so nothing here moves the form after the first paint.
import { useEffect, useState } from 'preact/hooks';
import { backupStatus, keepingWords, REMINDER, type BackupMark, type CaseRecord, type KeepState, type Storage } from '../../storage';
import { isIosSafari, isStandalone } from '../../pwa/platform';

interface Props {
  storage: Storage;
  /** Every stored case, deleted ones included (a deletion is a change since the backup). */
  all: readonly CaseRecord[];
  /** Changes when a backup was just made, so the line is read again. */
  backupsMade: number;
  now?: () => Date;
}

export function CasesKeeping({ storage, all, backupsMade, now = () => new Date() }: Props) {
  const keeper = storage.keeper;
  const [state, setState] = useState<KeepState>(keeper?.state ?? 'unknown');
  const [last, setLast] = useState<BackupMark | null>(null);
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  useEffect(() => {
    if (!keeper) return;
    setState(keeper.state);
    return keeper.subscribe(setState);
  }, [keeper]);
  useEffect(() => {
    let live = true;
    void Promise.all([storage.backups?.last(), storage.backups?.dismissedAt()]).then(([l, d]) => {
      if (!live) return;
      setLast(l ?? null);
      setDismissedAt(d ?? null);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [storage, backupsMade]);

  const words = keepingWords(state, { installed: isStandalone(), iosSafari: typeof navigator !== 'undefined' && isIosSafari() }).cases;
  const status = backupStatus(all, last, dismissedAt, now());
  const dismiss = () => {
    const at = now().toISOString();
    setDismissedAt(at);
    void storage.backups?.dismiss(at).catch(() => undefined);
  };
  return (
    <div class="keeping">
      {words && <p class={state === 'kept' ? 'note' : 'note warn'} id="cases-keeping">{words}</p>}
      {status.line && <p class="note" id="cases-last-backup">{status.line}</p>}
      {status.remind && (
        <p class="note warn" role="status">
          {REMINDER} <button type="button" class="secondary" onClick={dismiss}>Not now</button>
        </p>
      )}
    </div>
  );
}
