// Saved cases: each a labelled assessment. IndexedDB where it works, memory where it does not.
// Every record is checked as it is read: one that does not read is set aside (kept in storage,
// never shown as a case, counted so the clinician is told), and the others are shown.
import '../zod-config';
import * as z from 'zod/mini';
import { AssessmentSchema, type Assessment } from './assessment';
import type { CaseRecord, Db } from './db';
import { readAnyAssessment } from './migrate';
import { stripHidden } from './messages';

export const LABEL_MAX = 80;
/** Saved cases kept on one device; a backup of them all imports whole (see backup.ts). */
export const MAX_CASES = 10_000;

/** Names an object already answers to: never a case id (a lookup by id must not find them). */
export const isReservedId = (id: string): boolean => Object.prototype.hasOwnProperty.call(Object.prototype, id);

export const CaseIdSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{8,64}$/),
  z.refine((id: string) => !isReservedId(id), { message: 'a reserved name, not a case id' }),
);

export const CaseRecordSchema = z.strictObject({
  id: CaseIdSchema,
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.nullable(z.iso.datetime()),
  assessment: AssessmentSchema,
});

export function newCaseId(): string {
  return crypto.randomUUID();
}

/** A stored record as today's case, or why it cannot be one. Older assessments are carried. */
export function readCaseRecord(raw: unknown): CaseRecord | null {
  const now = CaseRecordSchema.safeParse(raw);
  if (now.success) return now.data;
  if (typeof raw !== 'object' || raw === null || !('assessment' in raw)) return null;
  const a = readAnyAssessment((raw as { assessment: unknown }).assessment);
  if (!a.ok) return null;
  const again = CaseRecordSchema.safeParse({ ...raw, assessment: a.value });
  return again.success ? again.data : null;
}

export interface StoredCases {
  /** Not deleted, newest change first: the list. */
  live: CaseRecord[];
  /** Every readable record, deleted ones included (for backups and merges). */
  all: CaseRecord[];
  /** Records that could not be read: kept in storage, not shown. */
  setAside: number;
}

const byUpdatedDesc = (a: CaseRecord, b: CaseRecord) => b.updatedAt.localeCompare(a.updatedAt);

function sortOut(raw: readonly unknown[]): StoredCases {
  const all: CaseRecord[] = [];
  let setAside = 0;
  for (const r of raw) {
    const c = readCaseRecord(r);
    if (c) all.push(c);
    else setAside += 1;
  }
  return { all, live: all.filter((c) => c.deletedAt === null).sort(byUpdatedDesc), setAside };
}

export interface CasesStore {
  readonly persistent: boolean;
  /** Everything stored, checked record by record. */
  read(): Promise<StoredCases>;
  list(): Promise<CaseRecord[]>;
  get(id: string): Promise<CaseRecord | undefined>;
  put(record: CaseRecord): Promise<void>;
  /** Writes all or, if any is refused, none (one transaction). */
  putMany(records: readonly CaseRecord[]): Promise<void>;
  /** Every readable record, deleted ones included (for backups and merges). */
  all(): Promise<CaseRecord[]>;
  /** Drops records deleted more than `olderThanMs` ago. */
  purge(olderThanMs: number, now?: Date): Promise<number>;
}

/** Deleted longer ago than the undo window: gone for good at the next purge. */
const expired = (c: CaseRecord, olderThanMs: number, now: Date) =>
  c.deletedAt !== null && now.getTime() - Date.parse(c.deletedAt) > olderThanMs;

abstract class BaseStore {
  abstract read(): Promise<StoredCases>;
  async list() {
    return (await this.read()).live;
  }
  async all() {
    return (await this.read()).all;
  }
}

export class IdbCasesStore extends BaseStore implements CasesStore {
  readonly persistent = true;
  constructor(private readonly db: Db) {
    super();
  }
  async read() {
    return sortOut(await this.db.getAll('cases'));
  }
  async get(id: string) {
    return readCaseRecord(await this.db.get('cases', id)) ?? undefined;
  }
  async put(record: CaseRecord) {
    await this.db.put('cases', CaseRecordSchema.parse(record));
  }
  async putMany(records: readonly CaseRecord[]) {
    const checked = records.map((r) => CaseRecordSchema.parse(r));
    const tx = this.db.transaction('cases', 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      for (const r of checked) writes.push(tx.store.put(r));
    } catch (error) {
      // A write refused on the spot (e.g. a value that cannot be stored): undo the ones queued.
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
    await Promise.all([...writes, tx.done]);
  }
  async purge(olderThanMs: number, now = new Date()) {
    const tx = this.db.transaction('cases', 'readwrite');
    let n = 0;
    for (const raw of await tx.store.getAll()) {
      const c = readCaseRecord(raw);
      if (c && expired(c, olderThanMs, now)) {
        await tx.store.delete(c.id);
        n += 1;
      }
    }
    await tx.done;
    return n;
  }
}

export class MemoryCasesStore extends BaseStore implements CasesStore {
  readonly persistent = false;
  private readonly records = new Map<string, CaseRecord>();
  async read() {
    return sortOut([...this.records.values()]);
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

/** A label as stored: no invisible or direction-changing characters, trimmed, cut to size. */
export const cleanLabel = (label: string): string => stripHidden(label).trim().slice(0, LABEL_MAX).trim();

export function makeCase(label: string, assessment: Assessment, now = new Date()): CaseRecord {
  const t = now.toISOString();
  return { id: newCaseId(), label: cleanLabel(label), createdAt: t, updatedAt: t, deletedAt: null, assessment };
}

/** Refuses a save that would hold more than MAX_CASES cases (beyond that a backup would not restore whole). */
export function roomFor(liveNow: number, adding: number): string | null {
  if (liveNow + adding <= MAX_CASES) return null;
  return `This device can keep ${MAX_CASES.toLocaleString('en')} saved cases and holds ${liveNow.toLocaleString('en')}: export a backup and delete cases you no longer need first`;
}

// Key order aside, two values with the same JSON are the same (a case, an assessment).
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Words that look like a patient identifier in a case label. */
export function identifierWarning(label: string): string | null {
  if (/\d{6,}/.test(label)) return 'This label contains a long number: avoid hospital or record numbers.';
  if (/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(label)) return 'This label looks like it contains a date of birth: avoid identifiers.';
  if (/\b[A-Z][a-z]+ [A-Z][a-z]+\b/.test(label)) return 'This label may contain a name: use a neutral label such as “T12 lytic, clinic 3”.';
  return null;
}
