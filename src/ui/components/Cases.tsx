// Saved cases on this device: save with a label, open, duplicate, delete with undo; backups out
// and in. Import changes nothing until the whole file reads and every conflict has a choice.
import { useEffect, useState } from 'preact/hooks';
import { formatLevels } from '../../clinical';
import { LABEL_MAX, identifierWarning, makeCase, newCaseId, type Assessment, type CaseRecord, type Storage } from '../../storage';
import type { ConflictChoice, ImportPlan } from '../../storage/backup';
import { derive, shortStatus } from '../derive';

const DAY = 24 * 60 * 60 * 1000;

function glance(c: CaseRecord): string {
  return `${c.assessment.levels.length ? formatLevels(c.assessment.levels) : 'no levels'} · ${shortStatus(derive(c.assessment))}`;
}

interface Props {
  storage: Storage;
  assessment: Assessment;
  onOpen: (a: Assessment) => void;
}

export function Cases({ storage, assessment, onOpen }: Props) {
  const [cases, setCases] = useState<CaseRecord[]>([]);
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const [deleted, setDeleted] = useState<CaseRecord | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});

  const refresh = async () => setCases(await storage.cases.list());
  useEffect(() => {
    storage.cases.purge(DAY).then(refresh, refresh);
  }, [storage]);

  // A refused write (storage full, private mode ended) is said in words.
  const guarded =
    <A extends unknown[]>(what: string, run: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await run(...args);
      } catch (error) {
        setMessage({ text: `Could not ${what}: ${error instanceof Error ? error.message : String(error)}. Nothing else changed.`, kind: 'error' });
      }
    };

  const warning = identifierWarning(label);
  const save = guarded('save the case', async (e: Event) => {
    e.preventDefault();
    const text = label.trim();
    if (!text) {
      setMessage({ text: 'Give the case a label first (no names or record numbers).', kind: 'error' });
      return;
    }
    const first = cases.length === 0;
    await storage.cases.put(makeCase(text.slice(0, LABEL_MAX), assessment));
    if (first) void storage.requestPersist();
    setLabel('');
    setMessage({ text: `Saved “${text}” on this device.`, kind: 'info' });
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
    const now = new Date().toISOString();
    await storage.cases.put({ ...c, id: newCaseId(), label: `${c.label} (copy)`.slice(0, LABEL_MAX), createdAt: now, updatedAt: now, deletedAt: null });
    await refresh();
  });

  const exportAll = guarded('export the backup', async () => {
    const { serializeBackup, backupFileName } = await import('../../storage/backup');
    const live = (await storage.cases.all()).filter((c) => c.deletedAt === null);
    const url = URL.createObjectURL(new Blob([serializeBackup(live, __APP_BUILD__)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = backupFileName();
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ text: `Exported ${live.length} case${live.length === 1 ? '' : 's'}. Keep the file safe: it holds clinical data.`, kind: 'info' });
  });

  const importFile = guarded('read the backup', async (file: File) => {
    const { parseBackup, planImport, BACKUP_MAX_BYTES } = await import('../../storage/backup');
    const parsed = file.size > BACKUP_MAX_BYTES ? parseBackup('', file.size) : parseBackup(await file.text(), file.size);
    if (!parsed.ok) {
      setMessage({ text: parsed.error, kind: 'error' });
      return;
    }
    const p = planImport(await storage.cases.all(), parsed.value.cases);
    setChoices({});
    if (p.conflicts.length === 0) await apply(p, {});
    else setPlan(p);
  });

  const apply = guarded('import the backup', async (p: ImportPlan, c: Record<string, ConflictChoice>) => {
    const { resolveImport } = await import('../../storage/backup');
    const writes = resolveImport(p, c);
    if (!writes.ok) {
      setMessage({ text: writes.error, kind: 'error' });
      return;
    }
    await storage.cases.putMany(writes.value);
    setPlan(null);
    const kept = p.conflicts.filter((x) => c[x.incoming.id] === 'keep-mine').length;
    setMessage({
      text: `Imported: ${writes.value.length} case${writes.value.length === 1 ? '' : 's'} written, ${p.identical.length} already here${kept ? `, ${kept} kept as saved here` : ''}.`,
      kind: 'info',
    });
    await refresh();
  });

  return (
    <section class="card cases" aria-labelledby="cases-h">
      <h2 id="cases-h">Saved cases <span class="subtitle">on this device only</span></h2>
      {!storage.persistent && (
        <p class="note warn" role="alert">This browser is not keeping data (private browsing?): saved cases last only until the tab closes. Export a backup to keep them.</p>
      )}
      <form class="save-case" onSubmit={save}>
        <label for="case-label">Label for this case</label>
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
          <button type="submit">Save case</button>
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
        <div class="import-plan" role="group" aria-labelledby="plan-h">
          <h3 id="plan-h">Cases in the backup that differ from the ones saved here</h3>
          <p class="note">{plan.added.length} new, {plan.identical.length} identical. Choose for each of these {plan.conflicts.length}:</p>
          {plan.conflicts.map(({ existing, incoming }) => (
            <fieldset class="choice" key={incoming.id}>
              <legend>
                Here: “{existing.label}”, changed {new Date(existing.updatedAt).toLocaleString()}. In the backup: “{incoming.label}”, changed {new Date(incoming.updatedAt).toLocaleString()}.
              </legend>
              <div class="options">
                {(
                  [
                    ['keep-mine', 'Keep the one saved here'],
                    ['take-theirs', 'Take the one from the backup'],
                    ['keep-both', 'Keep both'],
                  ] as const
                ).map(([value, text]) => (
                  <label key={value} class={choices[incoming.id] === value ? 'option checked' : 'option'}>
                    <input type="radio" name={`conflict-${incoming.id}`} checked={choices[incoming.id] === value} onChange={() => setChoices({ ...choices, [incoming.id]: value })} />
                    <span class="option-text">{text}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div class="row">
            <button type="button" onClick={() => apply(plan, choices)}>Import</button>
            <button type="button" class="secondary" onClick={() => { setPlan(null); setMessage({ text: 'Import cancelled: nothing changed.', kind: 'info' }); }}>Cancel</button>
          </div>
        </div>
      )}
      {cases.length === 0 ? (
        <p class="note">No saved cases yet.</p>
      ) : (
        <ul class="case-list">
          {cases.map((c) => (
            <li key={c.id}>
              <div class="case-head">
                <strong>{c.label}</strong> <span class="note">{new Date(c.updatedAt).toLocaleString()}</span>
              </div>
              <div class="note">{glance(c)}</div>
              <div class="row">
                <button type="button" onClick={() => onOpen(c.assessment)} aria-label={`Open ${c.label}`}>Open</button>
                <button type="button" class="secondary" onClick={() => duplicate(c)} aria-label={`Duplicate ${c.label}`}>Duplicate</button>
                <button type="button" class="secondary" onClick={() => remove(c)} aria-label={`Delete ${c.label}`}>Delete</button>
              </div>
            </li>
          ))}
        </ul>
      )}
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
