// A page that goes before storage has opened (a first visit opens it at the first tap) leaves its
// answers with leaveEarly, written as they stand with no validators; the next read of the draft
// must fold them in exactly as it folds a running tab's record, and refuse one that is not answers.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/clinical';
import { openCalculatorDb } from '../../src/storage';
import { IdbDraftStore, localLeaveBox } from '../../src/storage/draft';
import { LEAVE_PREFIX, changeLeft, leaveEarly } from '../../src/storage/leave-key';

/** A Storage as the browser's: own enumerable keys, the methods on the prototype. */
class MemoryStorage {
  getItem(k: string) {
    return Object.prototype.hasOwnProperty.call(this, k) ? (this as unknown as Record<string, string>)[k] as string : null;
  }
  setItem(k: string, v: string) {
    (this as unknown as Record<string, string>)[k] = String(v);
  }
  removeItem(k: string) {
    delete (this as unknown as Record<string, string>)[k];
  }
}
const storage = () => new MemoryStorage() as unknown as globalThis.Storage;
let n = 0;

const answered = (): Assessment => {
  const a = emptyAssessment();
  return { ...a, lesions: [{ ...a.lesions[0]!, levels: ['L1'], findingsLevels: ['L1'], sins: { pain: 'mechanical', boneLesion: 'lytic' } }] };
};

describe('leaveEarly', () => {
  it('leaves answers given before storage opened, and the next read of the draft takes them', async () => {
    const ls = storage();
    expect(changeLeft(ls)).toBe(false);
    leaveEarly('early-x', emptyAssessment(), answered(), ls);
    expect(changeLeft(ls)).toBe(true);
    const store = new IdbDraftStore(await openCalculatorDb(`early-${n++}`), localLeaveBox(ls));
    const read = await store.load();
    expect(read?.assessment.lesions[0]).toMatchObject({ levels: ['L1'], sins: { pain: 'mechanical', boneLesion: 'lytic' } });
  });

  it('is applied on top of a draft another tab wrote meanwhile, as a change made on the empty screen', async () => {
    const ls = storage();
    const name = `early-${n++}`;
    const other = new IdbDraftStore(await openCalculatorDb(name), localLeaveBox(ls));
    const b = emptyAssessment();
    await other.save({ ...b, patient: { ecog: 1 } });
    leaveEarly('early-y', emptyAssessment(), answered(), ls);
    const read = await new IdbDraftStore(await openCalculatorDb(name), localLeaveBox(ls)).load();
    expect(read?.assessment.patient).toEqual({ ecog: 1 });
    expect(read?.assessment.lesions[0]?.sins).toEqual({ pain: 'mechanical', boneLesion: 'lytic' });
  });

  it('a record that is not answers changes nothing', async () => {
    const ls = storage();
    ls.setItem(`${LEAVE_PREFIX}early-z`, JSON.stringify({ tab: 'early-z', base: emptyAssessment(), screen: { lesions: 'T12' }, at: 1, seq: 1 }));
    const read = await new IdbDraftStore(await openCalculatorDb(`early-${n++}`), localLeaveBox(ls)).load();
    expect(read?.assessment.lesions[0]?.sins ?? {}).toEqual({});
  });
});
