// Each migration step carries real data forward (fake-indexeddb stands in for the browser's).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, fromV2, openCalculatorDb, openStorage, emptyAssessment, makeCase, type Assessment, type V2Assessment } from '../../src/storage';

let n = 0;
const fresh = () => `test-db-${Date.now()}-${n++}`;

/** Version 1 exactly as shipped: two stores, cases keyed by id, no deletedAt. */
const openV1 = (name: string) =>
  openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('draft');
      db.createObjectStore('cases', { keyPath: 'id' });
    },
  });

// As release 0.1.0 stored an assessment (v1 and v2 databases).
const V2: V2Assessment = {
  levels: ['T12', 'L1', 'L2'],
  sins: { pain: 'mechanical', boneLesion: 'lytic' },
  escc: { epiduralTumour: true, thecalSacDeformed: false },
  tes: { spinalLesionCount: 1, ecog: 3 },
  patient: {},
};
const V2_EMPTY: V2Assessment = { levels: [], sins: {}, escc: {}, tes: {}, patient: {} };
const ASSESSMENT: Assessment = fromV2(V2);

describe('migration ladder', () => {
  it('is at version 3', () => expect(DB_VERSION).toBe(3));

  it('carries a version 1 database (draft and cases) forward to version 3', async () => {
    const name = fresh();
    const v1 = await openV1(name);
    await v1.put('draft', { assessment: V2, updatedAt: '2026-11-01T10:00:00.000Z' }, 'current');
    await v1.put('cases', { id: 'case-000000001', label: 'T12 lytic', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', assessment: V2 });
    await v1.put('cases', { id: 'case-000000002', label: 'L4 blastic', createdAt: '2026-11-03T10:00:00.000Z', updatedAt: '2026-11-03T10:00:00.000Z', assessment: V2_EMPTY });
    v1.close();

    const storage = await openStorage({}, name);
    expect(storage.persistent).toBe(true);
    expect((await storage.draft.load())?.assessment).toEqual(ASSESSMENT);
    const list = await storage.cases.list();
    expect(list.map((c) => c.label)).toEqual(['L4 blastic', 'T12 lytic']);
    expect(list.every((c) => c.deletedAt === null)).toBe(true);
    expect(list[1]?.assessment).toEqual(ASSESSMENT);
    storage.close();

    expect(list[0]?.assessment).toEqual(emptyAssessment());
    const raw = await openDB(name, 3);
    expect([...raw.objectStoreNames].sort()).toEqual(['cases', 'draft', 'meta']);
    expect([...raw.transaction('cases').store.indexNames]).toEqual(['by-updated']);
    raw.close();
  });

  it('creates version 3 from nothing', async () => {
    const db = await openCalculatorDb(fresh());
    expect([...db.objectStoreNames].sort()).toEqual(['cases', 'draft', 'meta']);
    db.close();
  });

  it('tells the clinician when an older tab blocks the upgrade, and does not hang', async () => {
    const name = fresh();
    const old = await openV1(name);
    let blocked = false;
    const opening = openCalculatorDb(name, { onBlocked: () => { blocked = true; } });
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toBe(true);
    old.close(); // the clinician closes the other tab
    const db = await opening;
    expect(db.version).toBe(3);
    db.close();
  });

  it('closes its own connection when a newer version waits, so the other tab can upgrade', async () => {
    const name = fresh();
    let blocking = false;
    const storage = await openStorage({ onBlocking: () => { blocking = true; } }, name);
    expect(storage.persistent).toBe(true);
    const newer = await openDB(name, 4);
    expect(blocking).toBe(true);
    expect(newer.version).toBe(4);
    newer.close();
  });
});

describe('cases', () => {
  it('saves, lists newest first, deletes with undo, and purges old deletions', async () => {
    const storage = await openStorage({}, fresh());
    const a = makeCase('first', ASSESSMENT, new Date('2026-11-01T10:00:00Z'));
    const b = makeCase('second', emptyAssessment(), new Date('2026-11-02T10:00:00Z'));
    await storage.cases.put(a);
    await storage.cases.put(b);
    expect((await storage.cases.list()).map((c) => c.label)).toEqual(['second', 'first']);
    await storage.cases.put({ ...a, deletedAt: '2026-11-03T10:00:00.000Z' });
    expect((await storage.cases.list()).map((c) => c.label)).toEqual(['second']);
    await storage.cases.put({ ...a, deletedAt: null });
    expect(await storage.cases.list()).toHaveLength(2);
    await storage.cases.put({ ...a, deletedAt: '2026-11-03T10:00:00.000Z' });
    expect(await storage.cases.purge(24 * 3600 * 1000, new Date('2026-11-03T12:00:00Z'))).toBe(0);
    expect(await storage.cases.purge(24 * 3600 * 1000, new Date('2026-11-05T12:00:00Z'))).toBe(1);
    expect(await storage.cases.all()).toHaveLength(1);
    storage.close();
  });

  it('writes a batch all or nothing', async () => {
    const storage = await openStorage({}, fresh());
    const good = makeCase('good', ASSESSMENT);
    const bad = { ...makeCase('bad', ASSESSMENT), id: 'x' } as never;
    await expect(storage.cases.putMany([good, bad])).rejects.toThrow();
    expect(await storage.cases.all()).toEqual([]);
    await storage.cases.putMany([good, makeCase('other', ASSESSMENT)]);
    expect(await storage.cases.all()).toHaveLength(2);
    storage.close();
  });

  it('refuses to store an impossible case', async () => {
    const storage = await openStorage({}, fresh());
    const bad = { ...makeCase('x', ASSESSMENT), assessment: { ...ASSESSMENT, lesions: [{ ...ASSESSMENT.lesions[0], sins: { pain: 'severe' } }] } } as never;
    await expect(storage.cases.put(bad)).rejects.toThrow();
    expect(await storage.cases.all()).toEqual([]);
    storage.close();
  });

  it('asks for persistent storage once only', async () => {
    const storage = await openStorage({}, fresh());
    let asked = 0;
    Object.defineProperty(globalThis, 'navigator', { value: { storage: { persist: async () => { asked += 1; return true; } } }, configurable: true });
    expect(await storage.requestPersist()).toBe(true);
    expect(await storage.requestPersist()).toBeNull();
    expect(asked).toBe(1);
    storage.close();
  });
});
