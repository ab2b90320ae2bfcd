// Backups: what export writes, import takes back; older files still import; bad files change
// nothing and say why in a few plain words.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { BACKUP_MAX_BYTES, BACKUP_VERSION, MAX_CASES, exportBackup, parseBackup, planImport, resolveImport, serializeBackup } from '../../src/storage/backup';
import { fromV2, openStorage, type CaseRecord } from '../../src/storage';
import { assessment, caseRecord, fullAssessment, largestCase } from './case-fixtures';

const A = caseRecord('case-000000a1', 'T12 lytic', assessment(['T12'], { sins: { pain: 'mechanical' } }), '2026-11-01T10:00:00.000Z');
const B = caseRecord('case-000000b2', 'L4', assessment(['L4'], { escc: { epiduralTumour: false } }), '2026-11-02T10:00:00.000Z');
const good = () => JSON.parse(serializeBackup([A, B], 'test', new Date('2026-11-03T10:00:00Z')));
let n = 0;
const fresh = () => `backup-test-${Date.now()}-${n++}`;

describe('export then import', () => {
  it('round-trips exactly, as backup version 2', () => {
    const text = serializeBackup([A, B], 'test');
    expect(JSON.parse(text).version).toBe(2);
    const r = parseBackup(text);
    expect(r.ok && r.value.cases).toEqual([A, B]);
  });

  it('reads a version 1 file (made by the release with one flat form) through the v2 model', () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/v2-idb.json', import.meta.url), 'utf8'));
    const v2cases = (fixture.stores.cases as [string, CaseRecord][]).map(([, c]) => c);
    // Exactly as backup.ts of that release wrote it.
    const v1 = JSON.stringify({ format: 'spine-metastasis-calculator/backup', version: 1, exportedAt: '2026-11-23T08:30:00.000Z', appBuild: '0.1.0', cases: v2cases }, null, 2);
    const r = parseBackup(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(1);
    const live = v2cases.filter((c) => c.deletedAt === null);
    expect(r.value.cases.map((c) => c.id)).toEqual(live.map((c) => c.id));
    r.value.cases.forEach((c, i) => expect(c.assessment).toEqual(fromV2((live[i] as CaseRecord).assessment as never)));
  });

  it(`round-trips the largest backup the app allows: ${MAX_CASES} full cases through IndexedDB`, async () => {
    const cases = Array.from({ length: MAX_CASES }, (_, i) => caseRecord(`case-${String(i).padStart(8, '0')}`, `T10-T12 full ${i}`, fullAssessment(), new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()));
    const from = await openStorage({}, fresh());
    await from.cases.putMany(cases);
    const out = exportBackup(await from.cases.list(), 'test');
    expect(out.files).toHaveLength(1);
    const text = (out.files[0] as { text: string }).text;
    expect(new TextEncoder().encode(text).length).toBeLessThan(BACKUP_MAX_BYTES);
    const to = await openStorage({}, fresh());
    const read = parseBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const writes = resolveImport(planImport(await to.cases.all(), read.value.cases), new Map());
    expect(writes.ok).toBe(true);
    if (writes.ok) await to.cases.putMany(writes.value);
    expect(await to.cases.list()).toEqual(await from.cases.list());
    from.close();
    to.close();
  }, 60_000);

  it('splits into parts below the byte cap, each of which imports, when the cases are larger', () => {
    const big = Array.from({ length: 12 }, (_, i) => largestCase(`${String(i).padStart(2, '0')}${'y'.repeat(30)}`));
    const one = new TextEncoder().encode(JSON.stringify(big[0])).length;
    expect(one * 10).toBeLessThan(BACKUP_MAX_BYTES); // any case fits a file many times over
    const cap = one * 5;
    const out = exportBackup(big, 'test', new Date(), cap);
    expect(out.files.length).toBeGreaterThan(2);
    const back: CaseRecord[] = [];
    out.files.forEach((f, i) => {
      expect(new TextEncoder().encode(f.text).length).toBeLessThanOrEqual(cap);
      expect(f.name).toMatch(new RegExp(`part-${i + 1}-of-${out.files.length}\\.json$`));
      const r = parseBackup(f.text);
      expect(r.ok && r.value.part).toEqual({ n: i + 1, of: out.files.length });
      if (r.ok) back.push(...r.value.cases);
    });
    expect(back).toEqual(big);
  });
});

describe('import rejects each kind of bad file, in words', () => {
  const reject = (text: string, pattern: RegExp, size?: number) => {
    const r = parseBackup(text, size);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(pattern);
      expect(r.error).toMatch(/[^.]\. Nothing was imported\.$/);
    }
    return r.ok ? '' : r.error;
  };
  it('not JSON', () => reject('{"format": ', /not JSON/));
  it('JSON of something else', () => reject('[1,2,3]', /not a backup of this calculator/));
  it('a newer version', () => reject(JSON.stringify({ ...good(), version: BACKUP_VERSION + 1 }), /newer version .*backup version 3/));
  it('an unknown version, read sensibly', () => {
    reject(JSON.stringify({ ...good(), version: 'one' }), /version \(“one”\) is not one this calculator writes/);
    reject(serializeBackup([A], 't').replace('"version":2', '"version":1e400'), /version \(Infinity\) is not one/);
  });
  it('over the cap, never "5.0 MB; at most 5.0 MB"', () => {
    reject('{}', /The file is 33\.0 MB; a backup is at most 32\.0 MB\./, 33 * 1024 * 1024);
    for (const size of [BACKUP_MAX_BYTES + 1, BACKUP_MAX_BYTES + 50_000, 5 * 1024 * 1024 + 1]) {
      const [file, most] = [...reject('{}', /The file is/, Math.max(size, BACKUP_MAX_BYTES + 1)).matchAll(/([\d.,]+) (MB|bytes)/g)].map((m) => m[1]);
      expect(file).not.toBe(most);
    }
  });
  it('partly invalid: one bad case spoils the file, with its path', () => {
    const g = good();
    g.cases[1].assessment.lesions[0].sins.pain = 'severe';
    g.cases[0].label = '';
    const e = reject(JSON.stringify(g), /problems: Case 1 \(no label, changed 2026-11-01\): label: expected some text; the file has “”\. Case 2 \(“L4”, changed 2026-11-02\): lesion 1, SINS pain: expected one of: “Yes: mechanical pain [^”]*”, “Occasional pain but not mechanical” or “Pain-free lesion”; the file has “severe”\./);
    expect(e).not.toMatch(/cases\.\d|Invalid option/);
  });
  it('the same case twice', () => reject(JSON.stringify({ ...good(), cases: [A, A] }), /Case 2 \(“T12 lytic”, changed 2026-11-01\): the same case as an earlier one in the file/));
  it('unknown fields, named in at most 40 visible characters', () => {
    const key = `\u202e${'k'.repeat(2000)}`;
    const e = reject(JSON.stringify({ ...good(), [key]: 1 }), /the file has a field this version does not know \(“k{39}…”\)/);
    expect(e).not.toMatch(/\u202e|k{40}/);
    const g = good();
    g.cases[0].assessment.patient[`\u200b${'z'.repeat(300)}`] = 1;
    expect(reject(JSON.stringify(g), /Case 1 \(“T12 lytic”, changed 2026-11-01\): the patient’s answers: a field this version does not know \(“z{39}…”\)/)).not.toMatch(/\u200b|z{40}/);
  });
  it('labels with zero-width or right-to-left-override characters', () => {
    for (const label of ['T12\u200b', 'abc\u202edcba', '\u2066L4\u2069']) {
      reject(JSON.stringify({ ...good(), cases: [{ ...A, label }] }), /Case 1 \(“[^”]+”, changed 2026-11-01\): label: has invisible or direction-changing characters/);
    }
  });
  it('an impossible value (ECOG 7, level T13)', () => {
    const g = good();
    g.cases[0].assessment.patient.ecog = 7;
    g.cases[0].assessment.lesions[0].levels = ['T13'];
    reject(JSON.stringify(g), /Case 1 \(“T12 lytic”, changed 2026-11-01\): ECOG performance status: expected one of 0, 1, 2, 3 or 4; the file has 7; lesion 1, levels: expected a spinal level from C1 to the sacrum \(for example T12\); the file has “T13”\./);
  });
  it(`more than ${MAX_CASES} cases`, () => reject(JSON.stringify({ ...good(), cases: Array(MAX_CASES + 1).fill(A) }), /it holds more than 10,000 cases/));

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

describe('import takes only what the app could have written', () => {
  it('puts levels in spine order without repeats', () => {
    const g = good();
    g.cases[0].assessment.lesions[0].levels = ['L1', 'T12', 'L1'];
    g.cases[0].assessment.lesions[0].findingsLevels = ['L1', 'T12'];
    const r = parseBackup(JSON.stringify(g));
    expect(r.ok && r.value.cases[0]?.assessment.lesions[0]).toMatchObject({ levels: ['T12', 'L1'], findingsLevels: ['T12', 'L1'] });
  });
  it('leaves out cases the file marks deleted, and counts them', () => {
    const r = parseBackup(JSON.stringify({ ...good(), cases: [A, { ...B, deletedAt: '2026-11-04T10:00:00.000Z' }] }));
    expect(r.ok && r.value.cases).toEqual([A]);
    expect(r.ok && r.value.leftOutDeleted).toBe(1);
  });
  it('export cleans what import would refuse: a label with hidden characters is exported without them', () => {
    const out = exportBackup([{ ...A, label: 'T12\u200b lytic\u202e' }], 'test');
    const r = parseBackup((out.files[0] as { text: string }).text);
    expect(r.ok && r.value.cases[0]?.label).toBe('T12 lytic');
  });
});

describe('a single case that would not read back is left out of the export, and counted', () => {
  it('leaves out a deleted or unreadable case', () => {
    const broken = { ...B, assessment: { ...B.assessment, lesions: [] } } as CaseRecord;
    const out = exportBackup([A, broken, { ...B, id: 'case-000000c3', deletedAt: '2026-11-04T10:00:00.000Z' }], 'test');
    expect(out.cases).toBe(1);
    expect(out.leftOut).toBe(2);
  });
});
