// Saved cases on this device: save with a label, open, edit and save back, duplicate, delete with
// undo; backups out and in. Import changes nothing until the whole file reads and every conflict
// has a choice.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  LABEL_MAX,
  cleanLabel,
  describeStorageError,
  identifierWarning,
  makeCase,
  newCaseId,
  roomFor,
  sameJson,
  UNAVAILABLE_MESSAGES,
  type Assessment,
  type CaseRecord,
  type Storage,
} from '../../storage';
import { useBackup, plural as s, type Guard, type Message } from './useBackup';
import { CaseList, PAGE, caseRows, type RowAction } from './CaseList';
import { ImportChoices } from './ImportChoices';
import { CasesKeeping } from './CasesKeeping';

const DAY = 24 * 60 * 60 * 1000;
// With no storage, "no saved cases" may be untrue: cases may be stored and out of reach.
const EMPTY: Record<string, string> = {
  none: 'No saved cases yet.',
  newer: 'Cases saved on this device are not shown until the app is updated (reload).',
  timeout: 'Cases saved on this device cannot be read just now: reload to try again.',
};
const EMPTY_OTHER = 'No saved cases in this tab yet.';

interface Props {
  storage: Storage;
  assessment: Assessment;
  /** The answers on screen this moment, read when saving (`assessment` may trail a tap by a frame). */
  current?: () => Assessment;
  /** The saved case on screen (opened or just saved), null after "New assessment". Left out, the list keeps it itself. */
  openedId?: string | null;
  onOpen: (a: Assessment, id: string) => void;
  /** The case on screen is now this saved case (after "Save as a new case"), or none. */
  onOpenedChange?: (id: string | null) => void;
}


export function Cases({ storage, assessment, current = () => assessment, openedId: openedProp, onOpen, onOpenedChange }: Props) {
  const [cases, setCases] = useState<CaseRecord[]>([]);
  const [all, setAll] = useState<CaseRecord[]>([]);
  const [backupsMade, setBackupsMade] = useState(0);
  const [setAside, setSetAside] = useState(0);
  const [shown, setShown] = useState(PAGE);
  const [ownOpened, setOwnOpened] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [deleted, setDeleted] = useState<CaseRecord | null>(null);

  const openedId = openedProp === undefined ? ownOpened : openedProp;
  const setOpened = (id: string | null) => {
    setOwnOpened(id);
    onOpenedChange?.(id);
  };
  const byId = useMemo(() => new Map(cases.map((c) => [c.id, c])), [cases]);
  const opened = openedId ? byId.get(openedId) : undefined;
  // One assessment compared per render: cheap, and only when a case is open.
  const unsaved = opened !== undefined && !sameJson(opened.assessment, assessment);

  const refresh = async () => {
    const read = await storage.cases.read();
    setCases(read.live);
    setAll(read.all);
    setSetAside(read.setAside);
  };
  useEffect(() => {
    storage.cases.purge(DAY).then(refresh, refresh);
  }, [storage]);

  // A refused write (storage full, private mode ended) is said in words.
  const guarded: Guard =
    (what, run, after = 'Nothing else changed.') =>
    async (...args) => {
      try {
        await run(...args);
      } catch (error) {
        setMessage({ text: `Could not ${what}: ${describeStorageError(error)}. ${after}`, kind: 'error' });
      }
    };
  const refuseIfFull = (adding: number) => {
    const full = roomFor(cases.length, adding);
    if (full) setMessage({ text: `${full}.`, kind: 'error' });
    return full !== null;
  };

  const warning = identifierWarning(label);
  const saveNew = guarded('save the case', async (e: Event) => {
    e.preventDefault();
    const text = cleanLabel(label);
    if (!text) {
      setMessage({ text: 'Give the case a label first (no names or record numbers).', kind: 'error' });
      return;
    }
    if (refuseIfFull(1)) return;
    const record = makeCase(text, current());
    await storage.cases.put(record);
    // The first saved case: when a browser is most likely to grant persistent storage.
    if (cases.length === 0) void storage.requestPersist('first-case').catch(() => null);
    setLabel('');
    setOpened(record.id);
    setMessage({ text: `Saved “${text}” on this device.`, kind: 'info' });
    await refresh();
  });
  const saveChanges = guarded('save the changes', async () => {
    if (!opened) return;
    await storage.cases.put({ ...opened, assessment: current(), updatedAt: new Date().toISOString() });
    setMessage({ text: `Saved the changes to “${opened.label}”.`, kind: 'info' });
    await refresh();
  });

  const remove = guarded('delete the case', async (c: CaseRecord) => {
    await storage.cases.put({ ...c, deletedAt: new Date().toISOString() });
    setDeleted(c);
    await refresh();
  });
  const undoDelete = guarded('restore the case', async () => {
    if (!deleted) return;
    await storage.cases.put({ ...deleted, deletedAt: null });
    setDeleted(null);
    await refresh();
  });
  const duplicate = guarded('duplicate the case', async (c: CaseRecord) => {
    if (refuseIfFull(1)) return;
    const now = new Date().toISOString();
    await storage.cases.put({ ...c, id: newCaseId(), label: `${c.label} (copy)`.slice(0, LABEL_MAX), createdAt: now, updatedAt: now, deletedAt: null });
    await refresh();
  });

  // The list gets one stable handler; it calls whatever this render's actions are.
  const actions = useRef({ open: (_: CaseRecord) => {}, duplicate, delete: remove });
  actions.current = {
    open: (c) => {
      setOpened(c.id);
      onOpen(c.assessment, c.id);
    },
    duplicate,
    delete: remove,
  };
  const act = useMemo(() => (what: RowAction, c: CaseRecord) => void actions.current[what](c), []);
  const showMore = useMemo(() => () => setShown((n) => n + PAGE), []);
  const rows = useMemo(() => caseRows(cases, shown), [cases, shown]);

  const { exportAll, importFile, plan, choices, choose, importChosen, cancelImport } = useBackup(storage, guarded, setMessage, refresh, () => setBackupsMade((n) => n + 1));

  return (
    <section class="card cases" aria-labelledby="cases-h">
      <h2 id="cases-h">Saved cases <span class="subtitle">on this device only</span></h2>
      {!storage.persistent && (
        <p class="note warn" role="alert">{UNAVAILABLE_MESSAGES[storage.unavailableReason ?? 'refused']} Export a backup to keep saved cases.</p>
      )}
      {setAside > 0 && (
        <p class="note warn" role="alert">
          {s(setAside, 'saved case')} could not be read and {setAside === 1 ? 'was' : 'were'} set aside: kept on this device, not shown or exported.
        </p>
      )}
      {opened && (
        <div class="row opened-case" role="status">
          <span>{unsaved ? <>“{opened.label}” has unsaved changes.</> : <>On screen: “{opened.label}”, as saved.</>}</span>
          {unsaved && <button type="button" onClick={saveChanges}>Save changes to “{opened.label}”</button>}
        </div>
      )}
      <form class="save-case" onSubmit={saveNew}>
        <label for="case-label">Label for {opened ? 'a new case' : 'this case'}</label>
        <p class="note" id="case-label-hint">Avoid names, dates of birth and record numbers: for example “T12 lytic, clinic 3”.</p>
        <div class="row">
          <input
            id="case-label"
            type="text"
            maxLength={LABEL_MAX}
            value={label}
            aria-describedby="case-label-hint case-label-warning"
            onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{opened ? 'Save as a new case' : 'Save case'}</button>
        </div>
        <p id="case-label-warning" class="warning-text">{warning ?? ''}</p>
      </form>
      {message && <p class={message.kind === 'error' ? 'error' : 'toast'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      {deleted && (
        <p class="toast" role="status">
          Deleted “{deleted.label}”. <button type="button" onClick={undoDelete}>Undo</button>
        </p>
      )}
      {plan && (
        <ImportChoices plan={plan.plan} choices={choices} onChoose={choose} onImport={importChosen} onCancel={cancelImport} />
      )}
      <CaseList rows={rows} total={cases.length} openedId={openedId} act={act} onShowMore={showMore} empty={EMPTY[storage.unavailableReason ?? 'none'] ?? EMPTY_OTHER} />
      <CasesKeeping storage={storage} all={all} backupsMade={backupsMade} />
      <div class="row backup">
        <button type="button" class="secondary" onClick={exportAll}>Export backup</button>
        <label class="file-button">
          Import backup
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const f = input.files?.[0];
              input.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
    </section>
  );
}
