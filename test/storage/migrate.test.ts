// The v2 -> v3 migration on real data: test/fixtures/v2-idb.json was written by release 0.1.0's
// own screen (scripts/fixtures/make-v2-fixture.mjs), then carried here through the real upgrade.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { AssessmentSchema, checkTes, scoreSins, tesFindingsFor, type Assessment } from '../../src/clinical';
import { DB_VERSION, fromV2, openStorage, readAnyAssessment, V2AssessmentSchema, type V2Assessment } from '../../src/storage';
import { BACKUP_VERSION, parseBackup, serializeBackup } from '../../src/storage/backup';
import { caseRecord, fullAssessment } from './case-fixtures';
import { derive } from '../../src/report/derive';

interface Fixture {
  dbName: string;
  version: number;
  schema: Record<string, { keyPath: string | null; indexes: { name: string; keyPath: string }[] }>;
  stores: Record<string, [IDBValidKey, unknown][]>;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/v2-idb.json', import.meta.url), 'utf8')) as Fixture;
type V2Case = { id: string; label: string; createdAt: string; updatedAt: string; deletedAt: string | null; assessment: V2Assessment };
const v2Cases = fixture.stores.cases!.map(([, v]) => v as V2Case);
const byLabel = (label: string) => v2Cases.find((c) => c.label === label)!;

/** Rebuilds the fixture's database as version 2, store by store, exactly as it was read. */
async function restoreFixture(name: string) {
  const db = await openDB(name, fixture.version, {
    upgrade(d) {
      for (const [store, s] of Object.entries(fixture.schema)) {
        const os = d.createObjectStore(store, s.keyPath ? { keyPath: s.keyPath } : undefined);
        for (const i of s.indexes) os.createIndex(i.name, i.keyPath);
      }
    },
  });
  for (const [store, rows] of Object.entries(fixture.stores)) {
    for (const [key, value] of rows) await (fixture.schema[store]!.keyPath ? db.put(store as never, value as never) : db.put(store as never, value as never, key as never));
  }
  db.close();
}

describe('the v2 fixture', () => {
  it('is what release 0.1.0 wrote: version 2, six cases, a draft, every assessment of the v2 shape', () => {
    expect(fixture.version).toBe(2);
    expect(v2Cases).toHaveLength(6);
    for (const c of v2Cases) expect(V2AssessmentSchema.safeParse(c.assessment).success, c.label).toBe(true);
  });
});

describe('v2 -> v3 migration on the real fixture', () => {
  it('carries every case and the draft into one patient with one lesion, every answer kept', async () => {
    const name = `v2-fixture-${Date.now()}`;
    await restoreFixture(name);
    const storage = await openStorage({}, name);
    const all = await storage.cases.all();
    expect(all).toHaveLength(v2Cases.length);
    for (const old of v2Cases) {
      const now = all.find((c) => c.id === old.id)!;
      expect(now, old.label).toBeDefined();
      // The record around the assessment is untouched.
      expect({ ...now, assessment: null }).toEqual({ ...old, assessment: null });
      expect(AssessmentSchema.safeParse(now.assessment).success).toBe(true);
      const [lesion] = now.assessment.lesions;
      expect(now.assessment.lesions).toHaveLength(1);
      expect(lesion!.levels).toEqual(old.assessment.levels);
      expect(lesion!.sins).toEqual(old.assessment.sins);
      expect(lesion!.escc).toEqual(old.assessment.escc);
      expect(lesion!.findingsLevels).toEqual(old.assessment.levels);
      const p = now.assessment.patient;
      const o = old.assessment;
      expect(p.histology).toBe(o.patient.histology);
      expect(p.treatment).toBe(o.patient.treatment);
      expect(p.ecogPost).toBe(o.patient.ecogPost);
      expect(p.age).toBe(o.patient.age);
      expect(p.sex).toBe(o.patient.sex);
      expect(p.systemicDiseaseStable).toBe(o.tes.systemicDiseaseStable);
      if (o.tes.ecog !== undefined && o.tes.ecog <= 4) expect(p.ecog).toBe(o.tes.ecog);
      for (const site of o.patient.otherSites ?? []) expect(p.organs?.[site as 'lung'], `${old.label}: ${site}`).toBeDefined();
    }
    const draft = await storage.draft.load();
    const oldDraft = fixture.stores.draft![0]![1] as { assessment: V2Assessment };
    expect(draft?.assessment).toEqual(fromV2(oldDraft.assessment));
    expect(draft?.setAside).toEqual([]);
    expect(draft?.assessment.lesions[0]?.levels).toEqual(['T8']);
    // The deleted case stays deleted (and restorable), not resurrected or lost.
    expect((await storage.cases.list()).map((c) => c.label).sort()).toEqual(v2Cases.filter((c) => !c.deletedAt).map((c) => c.label).sort());
    storage.close();
  });

  it('gives the same SINS, ESCC and TES verdict after the update as before it (the full seed-style case)', async () => {
    const old = byLabel('T12-L2 LMS, seed-style, full');
    const now = fromV2(old.assessment);
    const d = derive(now);
    // Before the update the screen read SINS 13, ESCC 3 and all four TES criteria met.
    expect(scoreSins({ ...old.assessment.sins }).total).toBe(13);
    expect(d.lesions[0]!.sins.total).toBe(13);
    expect(d.lesions[0]!.escc).toMatchObject({ status: 'graded', grade: '3' });
    expect(d.tes.verdict).toBe('indicated');
    expect(checkTes(tesFindingsFor(now.patient, now.lesions[0]!, now.lesions)).verdict).toBe('indicated');
    expect(now.patient).toMatchObject({ otherSpinalLesions: 0, organs: {}, ecog: 3, age: 52, sex: 'F', ecogPost: 1 });
  });

  it('keeps the number of other-organ metastases where one organ was ticked, and says so where it cannot', () => {
    expect(fromV2(byLabel('T6 lung mets, count 2').assessment).patient.organs).toEqual({ lung: { count: 2 } });
    const two = fromV2(byLabel('L1 other histology, lung+liver').assessment);
    expect(two.patient.organs).toEqual({ lung: {}, liver: {} });
    expect(two.notes?.join(' ')).toMatch(/3 metastases in other organs .* enter the number in each organ/);
    expect(derive(two).organs).toMatchObject({ total: null, min: 2 });
  });

  it('never carries ECOG 5 as a status before treatment, and says so', () => {
    const a = fromV2(byLabel('C6-C7 ECOG 5, two lesions').assessment);
    expect(a.patient.ecog).toBeUndefined();
    expect(a.notes?.join(' ')).toMatch(/ECOG 5 .* not carried/);
    // Two spinal lesions entered, one scored here: one more not scored.
    expect(a.patient.otherSpinalLesions).toBe(1);
    expect(derive(a).tes.criteria.find((c) => c.id === 'solitary')?.status).toBe('not-met');
  });

  it('reads either version through one function, and refuses what is neither', () => {
    const old = byLabel('L4 partial').assessment;
    const r = readAnyAssessment(old);
    expect(r.ok && r.value.lesions[0]!.levels).toEqual(['L4']);
    const again = readAnyAssessment(r.ok ? r.value : null);
    expect(again).toEqual(r);
    expect(readAnyAssessment({ levels: ['T13'] }).ok).toBe(false);
  });
});

// Issue 21 added optional patient facts for the new Katagiri score (CRP, LDH, platelets, calcium,
// bilirubin, previous chemotherapy, nodular or disseminated). Optional fields need no new database
// or backup version: what was saved before them reads unchanged, and what is saved with them keeps
// every value with its unit, through the database, the draft and a backup.
describe('the Katagiri fields (issue 21): no new version, nothing lost', () => {
  const withLabs = (): Assessment => ({
    ...fullAssessment(),
    patient: {
      ...fullAssessment().patient,
      crp: { value: 1.2, unit: 'mg/dL' }, ldh: 310, platelets: { value: 95, unit: '×10⁹/L' }, calcium: { value: 2.61, unit: 'mmol/L' },
      bilirubin: { value: 21, unit: 'µmol/L' }, previousChemotherapy: true, visceralSpread: 'disseminated',
      choices: { katagiriTargetedTherapy: false, katagiriHormoneDependent: true, katagiriGrowth: 'rapid' },
    },
  });

  it('reads an assessment saved before the fields, and every v2 fixture case, exactly as before', () => {
    const before = fullAssessment();
    expect(readAnyAssessment(before)).toEqual({ ok: true, value: before });
    for (const c of v2Cases) expect(readAnyAssessment(c.assessment)).toEqual({ ok: true, value: fromV2(c.assessment) });
    expect(DB_VERSION).toBe(3);
    expect(BACKUP_VERSION).toBe(2);
  });

  it('keeps every new value and unit through the database, the draft and a backup', async () => {
    const a = withLabs();
    expect(readAnyAssessment(a)).toEqual({ ok: true, value: a });
    const storage = await openStorage({}, `katagiri-fields-${Date.now()}`);
    const rec = caseRecord('case-labs', 'labs', a);
    await storage.cases.putMany([rec]);
    expect((await storage.cases.all())[0]?.assessment).toEqual(a);
    await storage.draft.save(a);
    expect((await storage.draft.load())?.assessment).toEqual(a);
    const back = parseBackup(serializeBackup([rec], 'test'));
    expect(back.ok && back.value.cases[0]?.assessment).toEqual(a);
    storage.close();
  });

  it('refuses a laboratory value read in a unit it was not typed in, rather than guess', () => {
    const bad = withLabs();
    (bad.patient as Record<string, unknown>).calcium = { value: 10.4, unit: 'mmol/L' };
    expect(readAnyAssessment(bad).ok).toBe(false);
  });
});
