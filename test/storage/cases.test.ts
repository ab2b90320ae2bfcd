// Saved cases in IndexedDB (fake-indexeddb): one bad record hides nothing else; writes are all
// or nothing; reserved ids never match; a deleted case comes back from a backup; storage that
// never opens, or was left by a newer version, is said in words.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { CaseRecordSchema, DB_NAME, describeStorageError, makeCase, openCalculatorDb, openStorage, type CaseRecord } from '../../src/storage';
import { exportBackup, importReport, parseBackup, planImport, resolveImport } from '../../src/storage/backup';
import { assessment, caseRecord } from './case-fixtures';

let n = 0;
const fresh = () => `cases-test-${Date.now()}-${n++}`;
afterEach(() => vi.restoreAllMocks());

describe('one malformed stored case', () => {
  it('is set aside: the others are listed and exported, it stays stored and is counted', async () => {
    const name = fresh();
    const storage = await openStorage({}, name);
    const A = caseRecord('case-000000a1', 'T12', assessment(['T12']));
    const B = caseRecord('case-000000b2', 'L3', assessment(['L3']), '2026-11-02T10:00:00.000Z');
    await storage.cases.putMany([A, B]);
    const raw = await openCalculatorDb(name);
    await raw.put('cases', { id: 'case-bad00001', label: 'bad', assessment: { lesions: 'x' } } as never);
    await raw.put('cases', { id: 'case-bad00002' } as never);
    const read = await storage.cases.read();
    expect(read.live.map((c) => c.label)).toEqual(['L3', 'T12']);
    expect(read.setAside).toBe(2);
    expect(await storage.cases.list()).toHaveLength(2);
    const out = exportBackup(read.live, 'test');
    const back = parseBackup((out.files[0] as { text: string }).text);
    expect(back.ok && back.value.cases.length).toBe(2);
    expect(await storage.cases.purge(0)).toBe(0);
    expect(await raw.count('cases')).toBe(4); // kept, not deleted
    raw.close();
    storage.close();
  });
});

describe('putMany', () => {
  it('writes none of 3,000 records when one write throws on the spot', async () => {
    const storage = await openStorage({}, fresh());
    const records = Array.from({ length: 3000 }, (_, i) => caseRecord(`case-${String(i).padStart(8, '0')}`, `case ${i}`));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as CaseRecord).id === 'case-00001500') throw new DOMException('could not be cloned', 'DataCloneError');
      return put.call(this, value, key);
    });
    await expect(storage.cases.putMany(records)).rejects.toThrow(/cloned/);
    vi.restoreAllMocks();
    expect(await storage.cases.all()).toHaveLength(0);
    storage.close();
  });
});

describe('ids that name what every object has', () => {
  it.each([['__proto__'], ['constructor'], ['hasOwnProperty'], ['toString__']])('refuses %s as a case id', (id) => {
    const c = caseRecord('case-00000001', 'x');
    expect(CaseRecordSchema.safeParse({ ...c, id }).success).toBe(id === 'toString__');
  });
  it('never finds a conflict choice nobody made', () => {
    const mine = caseRecord('case-000000a1', 'here');
    for (const id of ['constructor', 'hasOwnProperty', '__proto__', 'toString']) {
      const plan = planImport([{ ...mine, id }], [{ ...mine, id, label: 'backup' }]);
      expect(plan.conflicts).toHaveLength(1);
      expect(resolveImport(plan, new Map()).ok).toBe(false);
    }
  });
});

describe('restoring a case deleted here', () => {
  it('brings it back: no conflict, no "identical", counted as restored', async () => {
    const storage = await openStorage({}, fresh());
    const A = caseRecord('case-000000a1', 'T12', assessment(['T12']));
    await storage.cases.put({ ...A, deletedAt: new Date().toISOString() });
    expect(await storage.cases.list()).toEqual([]);
    const read = parseBackup((exportBackup([A], 'test').files[0] as { text: string }).text);
    if (!read.ok) throw new Error(read.error);
    const plan = planImport(await storage.cases.all(), read.value.cases);
    expect([plan.restored.length, plan.conflicts.length, plan.identical.length]).toEqual([1, 0, 0]);
    const writes = resolveImport(plan, new Map());
    if (!writes.ok) throw new Error(writes.error);
    await storage.cases.putMany(writes.value);
    expect(await storage.cases.list()).toEqual([A]);
    expect(await storage.cases.purge(0)).toBe(0);
    expect(importReport(plan, new Map())).toBe('Imported: 1 case written (1 deleted here and restored); the file held 1 case.');
    storage.close();
  });
});

describe('saving', () => {
  it('keeps labels free of invisible and direction-changing characters', () => {
    expect(makeCase('\u202eT12\u200b lytic ', assessment()).label).toBe('T12 lytic');
  });
  it('an import that would pass the case cap writes nothing', () => {
    const plan = planImport([], [caseRecord('case-000000a1', 'x')]);
    const r = resolveImport({ ...plan, liveHere: 10_000 }, new Map());
    expect(!r.ok && r.error).toMatch(/can keep 10,000 saved cases and holds 10,000.*\. Nothing was imported\.$/);
  });
});

describe('storage that cannot be used', () => {
  it('an open that never answers times out into memory and says why', async () => {
    // A real request object that is never answered (as WebKit has shipped).
    const never = new (IDBOpenDBRequest as unknown as new () => IDBOpenDBRequest)();
    vi.spyOn(indexedDB, 'open').mockReturnValue(never);
    const t0 = Date.now();
    const storage = await openStorage({}, fresh(), { timeoutMs: 50 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(storage.persistent).toBe(false);
    expect(storage.unavailableReason).toBe('timeout');
    await storage.cases.put(makeCase('T12', assessment()));
    expect(await storage.cases.list()).toHaveLength(1);
  });
  it('a database written by a newer version says so, not "private mode"', async () => {
    const name = fresh();
    (await openDB(name, 99)).close();
    const storage = await openStorage({}, name);
    expect([storage.persistent, storage.unavailableReason]).toEqual([false, 'newer']);
  });
  it('opens normally with no reason', async () => {
    const storage = await openStorage({}, DB_NAME + fresh());
    expect([storage.persistent, storage.unavailableReason]).toEqual([true, null]);
    storage.close();
  });
});

describe('messages for refused writes', () => {
  it('say storage is full, and never end in punctuation (no "..")', () => {
    expect(describeStorageError(new DOMException('quota', 'QuotaExceededError'))).toMatch(/storage on this device is full/);
    expect(describeStorageError(new DOMException('', 'AbortError'))).toMatch(/storage on this device is full/);
    expect(describeStorageError(new Error('Transaction aborted (quota).'))).toMatch(/full/);
    expect(describeStorageError(new Error('Something odd.'))).toBe('Something odd');
    expect(describeStorageError(new Error(`\u202e${'x'.repeat(500)}`))).toMatch(/^x{119}…$/);
  });
});
