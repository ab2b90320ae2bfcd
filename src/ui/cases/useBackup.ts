// Backups out and in for the saved-cases section. The backup code loads on first use.
import { useState } from 'preact/hooks';
import type { Storage } from '../../storage';
import type { ConflictChoice, ImportPlan } from '../../storage/backup';

export type Message = { text: string; kind: 'info' | 'error' };
/** Runs an action; a refused write is said in words, ending with `after`. */
export type Guard = <A extends unknown[]>(what: string, run: (...args: A) => Promise<void>, after?: string) => (...args: A) => Promise<void>;

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

interface Pending {
  plan: ImportPlan;
  leftOutDeleted: number;
  note: string;
}

export function useBackup(storage: Storage, guarded: Guard, setMessage: (m: Message) => void, refresh: () => Promise<void>, onBackup: () => void = () => undefined) {
  const [plan, setPlan] = useState<Pending | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());

  const exportAll = guarded('export the backup', async () => {
    const { exportBackup } = await import('../../storage/backup');
    const read = await storage.cases.read();
    const out = exportBackup(read.live, __APP_BUILD__);
    for (const f of out.files) {
      const url = URL.createObjectURL(new Blob([f.text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = f.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
    // The date of this backup, for "last backup" and the reminder (the file was handed to the browser to save).
    await storage.backups?.mark({ at: new Date().toISOString(), cases: out.cases }).catch(() => undefined);
    onBackup();
    const files = out.files.length > 1 ? ` in ${out.files.length} files (import each of them)` : '';
    const left = out.leftOut + read.setAside;
    const leftOut = left > 0 ? ` ${plural(left, 'case')} that could not be read ${left === 1 ? 'was' : 'were'} left out.` : '';
    setMessage({ text: `Exported ${plural(out.cases, 'case')}${files}. Keep the file safe: it holds clinical data.${leftOut}`, kind: 'info' });
  });

  const apply = guarded(
    'import the backup',
    async (p: Pending, c: ReadonlyMap<string, ConflictChoice>) => {
      const { resolveImport, importReport } = await import('../../storage/backup');
      const writes = resolveImport(p.plan, c);
      if (!writes.ok) {
        setMessage({ text: writes.error, kind: 'error' });
        return;
      }
      await storage.cases.putMany(writes.value);
      setPlan(null);
      setMessage({ text: `${importReport(p.plan, c, p.leftOutDeleted)}${p.note}`, kind: 'info' });
      await refresh();
    },
    'Nothing was imported.',
  );

  const importFile = guarded('read the backup', async (file: File) => {
    const { parseBackup, planImport, BACKUP_MAX_BYTES } = await import('../../storage/backup');
    const parsed = file.size > BACKUP_MAX_BYTES ? parseBackup('', file.size) : parseBackup(await file.text(), file.size);
    if (!parsed.ok) {
      setMessage({ text: parsed.error, kind: 'error' });
      return;
    }
    const { part, leftOutDeleted } = parsed.value;
    const note = part ? ` This file is part ${part.n} of ${part.of} of one backup: import the others too.` : '';
    const p = { plan: planImport(await storage.cases.all(), parsed.value.cases), leftOutDeleted, note };
    setChoices(new Map());
    if (p.plan.conflicts.length === 0) await apply(p, new Map());
    else setPlan(p);
  });

  return {
    exportAll,
    importFile,
    plan,
    choices,
    choose: (id: string, choice: ConflictChoice) => setChoices((m) => new Map(m).set(id, choice)),
    importChosen: () => (plan ? apply(plan, choices) : Promise.resolve()),
    cancelImport: () => {
      setPlan(null);
      setMessage({ text: 'Import cancelled: nothing changed.', kind: 'info' });
    },
  };
}
