// The answers being entered, kept as they change so a reload, a crash or a closed tab loses
// nothing. Where IndexedDB cannot be opened (some private modes), answers live in memory and
// the app says so.
import { AssessmentSchema, type Assessment } from './assessment';
import { openCalculatorDb, type Db } from './db';

export interface DraftStore {
  readonly persistent: boolean;
  load(): Promise<Assessment | null>;
  save(a: Assessment): Promise<void>;
}

class IdbDraftStore implements DraftStore {
  readonly persistent = true;
  constructor(private readonly db: Db) {}
  async load() {
    const record = await this.db.get('draft', 'current');
    if (!record) return null;
    const parsed = AssessmentSchema.safeParse(record.assessment);
    // A stored draft that no longer reads is left in place, not overwritten, until the next edit.
    return parsed.success ? parsed.data : null;
  }
  async save(assessment: Assessment) {
    await this.db.put('draft', { assessment, updatedAt: new Date().toISOString() }, 'current');
  }
}

export class MemoryDraftStore implements DraftStore {
  readonly persistent = false;
  private value: Assessment | null = null;
  async load() {
    return this.value;
  }
  async save(a: Assessment) {
    this.value = a;
  }
}

export async function openDraftStore(): Promise<DraftStore> {
  try {
    if (typeof indexedDB === 'undefined') return new MemoryDraftStore();
    return new IdbDraftStore(await openCalculatorDb());
  } catch {
    return new MemoryDraftStore();
  }
}
