import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_MAX_BYTES,
  parseBackup,
  planImport,
  resolveImport,
  serializeBackup,
} from '../../src/storage/backup';
import { emptyAssessment, makeCase, openStorage, type CaseRecord } from '../../src/storage';

const A = makeCase('T12 lytic', { ...emptyAssessment(), levels: ['T12'], sins: { pain: 'mechanical' } }, new Date('2026-11-01T10:00:00Z'));
const B = makeCase('L4', { ...emptyAssessment(), levels: ['L4'], escc: { epiduralTumour: false } }, new Date('2026-11-02T10:00:00Z'));
const good = () => JSON.parse(serializeBackup([A, B], 'test', new Date('2026-11-03T10:00:00Z')));

describe('export then import', () => {
  it('round-trips exactly', () => {
    const r = parseBackup(serializeBackup([A, B], 'test'));
    expect(r.ok && r.value.cases).toEqual([A, B]);
  });
});

describe('import rejects each kind of bad file, naming the first problems', () => {
  const reject = (text: string, pattern: RegExp, size?: number) => {
    const r = parseBackup(text, size);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(pattern);
      expect(r.error).toMatch(/Nothing was imported\.$/);
    }
  };
  it('not JSON', () => reject('{"format": ', /not JSON/));
  it('JSON of something else', () => reject('[1,2,3]', /not a backup of this calculator/));
  it('a newer version', () => reject(JSON.stringify({ ...good(), version: 2 }), /newer version .*backup version 2/));
  it('an unknown version', () => reject(JSON.stringify({ ...good(), version: 'one' }), /unknown version/));
  it('over 5 MB', () => reject('{}', /6\.0 MB; a backup is at most 5 MB/, 6 * 1024 * 1024));
  it('partly invalid: one bad case spoils the file, with its path', () => {
    const g = good();
    g.cases[1].assessment.sins.pain = 'severe';
    g.cases[0].label = '';
    reject(JSON.stringify(g), /2 problems: cases\.0\.label: .*; cases\.1\.assessment\.sins\.pain: /);
  });
  it('the same case twice', () => reject(JSON.stringify({ ...good(), cases: [A, A] }), /holds case .* twice/));
  it('unknown fields', () => reject(JSON.stringify({ ...good(), extra: 1 }), /problem/));
  it('an impossible value (ECOG 7, level T13)', () => {
    const g = good();
    g.cases[0].assessment.tes.ecog = 7;
    g.cases[0].assessment.levels = ['T13'];
    reject(JSON.stringify(g), /cases\.0\.assessment\.levels\.0/);
  });

  it('never throws, whatever the text (fuzzed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...good(), cases: [v] }))), (text) => {
        const r = parseBackup(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('merging a valid backup', () => {
  it('adds new cases, skips identical ones, and puts differing ones to the clinician', () => {
    const changed: CaseRecord = { ...A, label: 'T12 lytic, revised', updatedAt: '2026-11-05T10:00:00.000Z' };
    const plan = planImport([A], [changed, B]);
    expect(plan.added).toEqual([B]);
    expect(plan.identical).toEqual([]);
    expect(plan.conflicts).toEqual([{ existing: A, incoming: changed }]);
    expect(planImport([A, B], [A, B]).identical).toHaveLength(2);

    const unresolved = resolveImport(plan, {});
    expect(unresolved.ok).toBe(false);
    const mine = resolveImport(plan, { [A.id]: 'keep-mine' });
    expect(mine.ok && mine.value).toEqual([B]);
    const theirs = resolveImport(plan, { [A.id]: 'take-theirs' });
    expect(theirs.ok && theirs.value).toEqual([B, changed]);
    const both = resolveImport(plan, { [A.id]: 'keep-both' });
    expect(both.ok && both.value[1]?.label).toBe('T12 lytic, revised (imported)');
    expect(both.ok && both.value[1]?.id).not.toBe(A.id);
  });

  it('changes nothing in the store when a file is rejected', async () => {
    const storage = await openStorage({}, 'unused'); // no IndexedDB here: the memory store
    await storage.cases.put(A);
    const before = await storage.cases.all();
    const r = parseBackup(JSON.stringify({ ...good(), version: 9 }));
    expect(r.ok).toBe(false);
    expect(await storage.cases.all()).toEqual(before);
  });
});

describe('where IndexedDB is unavailable', () => {
  it('works in memory and says nothing is kept', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const storage = await openStorage();
    expect(storage.persistent).toBe(false);
    await storage.draft.save({ ...emptyAssessment(), levels: ['T7'] });
    expect((await storage.draft.load())?.levels).toEqual(['T7']);
    await expect(storage.draft.save({ ...emptyAssessment(), levels: ['T13'] } as never)).rejects.toThrow();
    expect((await storage.draft.load())?.levels).toEqual(['T7']);
    expect(await storage.requestPersist()).toBeNull();
  });
});

it('caps backups at 5 MB', () => expect(BACKUP_MAX_BYTES).toBe(5 * 1024 * 1024));
