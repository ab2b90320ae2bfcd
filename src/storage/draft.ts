// The answers being entered, kept as they change so a reload, a crash or a closed tab loses
// nothing.
import { AssessmentSchema, type Assessment } from './assessment';
import type { Db } from './db';

export interface DraftStore {
  load(): Promise<Assessment | null>;
  save(a: Assessment): Promise<void>;
}

export class IdbDraftStore implements DraftStore {
  constructor(private readonly db: Db) {}
  async load() {
    const record = await this.db.get('draft', 'current');
    if (!record) return null;
    const parsed = AssessmentSchema.safeParse(record.assessment);
    // A stored draft that no longer reads is not shown; it is replaced at the next edit.
    return parsed.success ? parsed.data : null;
  }
  async save(assessment: Assessment) {
    await this.db.put('draft', { assessment: AssessmentSchema.parse(assessment), updatedAt: new Date().toISOString() }, 'current');
  }
}

export class MemoryDraftStore implements DraftStore {
  private value: Assessment | null = null;
  async load() {
    return this.value;
  }
  // Checked as the IndexedDB store checks it: private mode must refuse the same impossible answers.
  async save(a: Assessment) {
    this.value = AssessmentSchema.parse(a);
  }
}
