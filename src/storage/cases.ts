// Saved cases: each a labelled assessment. IndexedDB where it works, memory where it does not.
import * as z from 'zod/mini';
import { AssessmentSchema, type Assessment } from './assessment';
import type { CaseRecord, Db } from './db';

export const LABEL_MAX = 80;

export const CaseRecordSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.nullable(z.iso.datetime()),
  assessment: AssessmentSchema,
});

export function newCaseId(): string {
  return crypto.randomUUID();
}

export interface CasesStore {
  readonly persistent: boolean;
  list(): Promise<CaseRecord[]>;
  get(id: string): Promise<CaseRecord | undefined>;
  put(record: CaseRecord): Promise<void>;
  /** Writes all or, if any is refused, none (one transaction). */
  putMany(records: readonly CaseRecord[]): Promise<void>;
  /** Every record, deleted ones included (for backups and merges). */
  all(): Promise<CaseRecord[]>;
  /** Drops records deleted more than `olderThanMs` ago. */
  purge(olderThanMs: number, now?: Date): Promise<number>;
}

const byUpdatedDesc = (a: CaseRecord, b: CaseRecord) => b.updatedAt.localeCompare(a.updatedAt);
/** Deleted longer ago than the undo window: gone for good at the next purge. */
const expired = (c: CaseRecord, olderThanMs: number, now: Date) =>
  c.deletedAt !== null && now.getTime() - Date.parse(c.deletedAt) > olderThanMs;

export class IdbCasesStore implements CasesStore {
  readonly persistent = true;
  constructor(private readonly db: Db) {}
  async list() {
    return (await this.db.getAll('cases')).filter((c) => c.deletedAt === null).sort(byUpdatedDesc);
  }
  get(id: string) {
    return this.db.get('cases', id);
  }
  async put(record: CaseRecord) {
    await this.db.put('cases', CaseRecordSchema.parse(record));
  }
  async putMany(records: readonly CaseRecord[]) {
    const checked = records.map((r) => CaseRecordSchema.parse(r));
    const tx = this.db.transaction('cases', 'readwrite');
    await Promise.all([...checked.map((r) => tx.store.put(r)), tx.done]);
  }
  all() {
    return this.db.getAll('cases');
  }
  async purge(olderThanMs: number, now = new Date()) {
    const tx = this.db.transaction('cases', 'readwrite');
    let n = 0;
    for (const c of await tx.store.getAll()) {
      if (expired(c, olderThanMs, now)) {
        await tx.store.delete(c.id);
        n += 1;
      }
    }
    await tx.done;
    return n;
  }
}

export class MemoryCasesStore implements CasesStore {
  readonly persistent = false;
  private readonly records = new Map<string, CaseRecord>();
  async list() {
    return [...this.records.values()].filter((c) => c.deletedAt === null).sort(byUpdatedDesc);
  }
  async get(id: string) {
    return this.records.get(id);
  }
  async put(record: CaseRecord) {
    this.records.set(record.id, CaseRecordSchema.parse(record));
  }
  async putMany(records: readonly CaseRecord[]) {
    const checked = records.map((r) => CaseRecordSchema.parse(r));
    for (const r of checked) this.records.set(r.id, r);
  }
  async all() {
    return [...this.records.values()];
  }
  async purge(olderThanMs: number, now = new Date()) {
    let n = 0;
    for (const c of this.records.values()) {
      if (expired(c, olderThanMs, now)) {
        this.records.delete(c.id);
        n += 1;
      }
    }
    return n;
  }
}

export function makeCase(label: string, assessment: Assessment, now = new Date()): CaseRecord {
  const t = now.toISOString();
  return { id: newCaseId(), label: label.trim(), createdAt: t, updatedAt: t, deletedAt: null, assessment };
}

/** Words that look like a patient identifier in a case label. */
export function identifierWarning(label: string): string | null {
  if (/\d{6,}/.test(label)) return 'This label contains a long number: avoid hospital or record numbers.';
  if (/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(label)) return 'This label looks like it contains a date of birth: avoid identifiers.';
  if (/\b[A-Z][a-z]+ [A-Z][a-z]+\b/.test(label)) return 'This label may contain a name: use a neutral label such as “T12 lytic, clinic 3”.';
  return null;
}
