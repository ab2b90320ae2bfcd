// Matching a patient profile to the cohorts of the catalogue. A cohort matches only on the same
// histology and metastatic site; closeness then ranks the matches, and each match says what it
// shares with the patient and where it differs. Nothing unrelated is shown to fill the screen.
import { TES_MAX_ECOG, TES_MAX_LEVELS, TES_MAX_OTHER_METASTASES, areConsecutive } from '../clinical';
import { catalogue, conflicts as allConflicts } from './catalogue';
import { INTERVENTIONS, MEASURES, TIME_ORIGINS, type Conflict, type Intervention, type OutcomeRecord } from './schema';
import { subgroupsForProfile, type ProfileSubgroups } from './subgroups';
import { PatientProfileSchema, type PatientProfile } from './profile';



export interface CohortMatch {
  cohort: string;
  title: string;
  n: number | null;
  design: OutcomeRecord['design'];
  intervention: Intervention;
  score: number;
  shared: string[];
  differences: string[];
  records: OutcomeRecord[];
  conflicts: Conflict[];
}

export interface MeasureRange {
  key: string;
  label: string;
  unit: OutcomeRecord['unit'];
  low: number;
  high: number;
  cohorts: number;
  /** Patients across the cohorts; null when a cohort gives no n. */
  n: number | null;
  nKnown: number;
  recordIds: string[];
}

export type MatchResult =
  | { status: 'matched'; matches: CohortMatch[]; ranges: MeasureRange[]; kato: ProfileSubgroups | null }
  | { status: 'no-match'; message: string; matches: []; ranges: []; kato: null };

const SURGICAL: ReadonlySet<Intervention> = new Set([
  'tes', 'partial-spondylectomy-adjuvant', 'posterior-gross-total-resection', 'gross-total-resection-radiotherapy',
  'spine-surgery-mixed', 'decompression-stabilisation', 'resection-radiosurgery-chemotherapy', 'bone-metastasectomy',
]);

type Site = 'spine' | 'lung';

function siteOf(profile: PatientProfile): Site | null {
  const sites = profile.metastaticSites ?? [];
  if (sites.includes('spine') || (profile.levels?.length ?? 0) > 0) return 'spine';
  if (sites.length > 0 && sites.every((s) => s === 'lung')) return 'lung';
  return null;
}

function noMatch(message: string): MatchResult {
  return { status: 'no-match', message, matches: [], ranges: [], kato: null };
}

// The catalogue never changes: group it by cohort once, at the first match.
let byCohort: Map<string, OutcomeRecord[]> | null = null;
function cohorts(): Map<string, OutcomeRecord[]> {
  if (!byCohort) {
    byCohort = new Map();
    for (const r of catalogue) {
      const list = byCohort.get(r.cohort);
      if (list) list.push(r);
      else byCohort.set(r.cohort, [r]);
    }
  }
  return byCohort;
}

/** The TES selection of seed 000, as far as the profile tells. */
function katoSelection(p: PatientProfile, shared: string[], differences: string[]): number {
  let score = 0;
  const check = (known: boolean, ok: boolean, yes: string, no: string) => {
    if (!known) return;
    if (ok) {
      shared.push(yes);
      score += 1;
    } else {
      differences.push(no);
      score -= 2;
    }
  };
  check(p.spinalLesionCount !== undefined, p.spinalLesionCount === 1, 'solitary spinal metastasis', 'more than one spinal lesion (the cohort had one each)');
  const levels = p.levels ?? [];
  check(levels.length > 0, levels.length <= TES_MAX_LEVELS && areConsecutive(levels), `${levels.length} consecutive level(s), within ≤ ${TES_MAX_LEVELS}`, `levels outside the cohort’s ≤ ${TES_MAX_LEVELS} consecutive`);
  check(p.ecogPre !== undefined, (p.ecogPre ?? 9) <= TES_MAX_ECOG, `pre-operative ECOG ${p.ecogPre} (cohort 1–3)`, `pre-operative ECOG ${p.ecogPre}: the cohort was ECOG 1–3`);
  check(
    p.otherOrganMetastases !== undefined,
    (p.otherOrganMetastases ?? 99) <= TES_MAX_OTHER_METASTASES,
    `${p.otherOrganMetastases} other-organ metastases (cohort 0–3 sites)`,
    `${p.otherOrganMetastases} other-organ metastases: the cohort had at most ${TES_MAX_OTHER_METASTASES}`,
  );
  check(p.systemicDiseaseStable !== undefined, p.systemicDiseaseStable === true, 'stable systemic disease', 'systemic disease not stable (the cohort was selected for stable disease)');
  return score;
}

function describeCohort(id: string, records: OutcomeRecord[], profile: PatientProfile, site: Site): CohortMatch | null {
  const first = records[0] as OutcomeRecord;
  const pop = first.population;
  if (pop.histology === 'gynecological-cancers' && records.every((r) => r.population.histology !== 'leiomyosarcoma')) return null;
  if (pop.metastaticSite === 'none-primary' || pop.metastaticSite === 'brain') return null;
  const shared: string[] = [];
  const differences: string[] = [];
  let score = 0;

  if (pop.metastaticSite === site) {
    shared.push(site === 'spine' ? 'leiomyosarcoma metastatic to the spine' : 'leiomyosarcoma metastatic to the lungs only');
    score += 4;
  } else if (site === 'spine' && pop.metastaticSite === 'bone') {
    shared.push('leiomyosarcoma metastatic to bone');
    differences.push('bone metastases of any site, not only spinal');
    score += 1;
  } else if (pop.metastaticSite === 'any') {
    differences.push('metastatic LMS of any site: broader than this patient');
  } else {
    return null;
  }

  const intervention = first.intervention;
  if (profile.treatment) {
    if (profile.treatment === intervention) {
      shared.push(INTERVENTIONS[intervention]);
      score += 4;
    } else if (SURGICAL.has(profile.treatment) && SURGICAL.has(intervention)) {
      shared.push('spine surgery');
      differences.push(`${INTERVENTIONS[intervention]}, not ${INTERVENTIONS[profile.treatment].toLowerCase()}`);
      score += 1;
    } else {
      differences.push(`${INTERVENTIONS[intervention]}, not ${INTERVENTIONS[profile.treatment].toLowerCase()}`);
    }
  }

  if (profile.primarySite === 'uterus' && pop.histology === 'uterine-leiomyosarcoma') {
    shared.push('uterine primary');
    score += 1;
  } else if (profile.primarySite && profile.primarySite !== 'uterus' && pop.histology === 'uterine-leiomyosarcoma') {
    differences.push('uterine primary only');
  }

  if (id === 'kato2020') score += katoSelection(profile, shared, differences);
  if (site === 'lung' && profile.lungMetastasisCount !== undefined && id.startsWith('stork2022')) {
    shared.push(`${profile.lungMetastasisCount} lung metastases (cohort median 5, range 1–100)`);
  }

  // Larger, designed cohorts rank above single cases when closeness is otherwise equal.
  if (first.design === 'case-report') score -= 1;
  if (first.design === 'narrative-review' || first.design === 'systematic-review') score -= 1;
  if (pop.metastaticSite === 'any') score -= 3;

  const ids = new Set(records.map((r) => r.id));
  return {
    cohort: id,
    title: pop.description,
    n: Math.max(...records.filter((r) => !r.population.subgroup).map((r) => r.population.n ?? 0), 0) || null,
    design: first.design,
    intervention,
    score,
    shared,
    differences,
    records,
    conflicts: allConflicts.filter((c) => c.records.some((r) => ids.has(r))),
  };
}

const LMS: ReadonlySet<OutcomeRecord['population']['histology']> = new Set(['leiomyosarcoma', 'uterine-leiomyosarcoma', 'soft-tissue-leiomyosarcoma']);
const RANGE_STATS: ReadonlySet<OutcomeRecord['statistic']> = new Set(['median', 'rate', 'proportion']);

function rangeLabel(r: OutcomeRecord): string {
  const what = MEASURES[r.measure];
  const when = r.atMonths ? ` at ${r.atMonths % 12 === 0 ? `${r.atMonths / 12} year${r.atMonths === 12 ? '' : 's'}` : `${r.atMonths} months`}` : '';
  const stat = r.statistic === 'median' ? 'Median ' + what.toLowerCase() : r.statistic === 'proportion' ? what : what + when;
  return `${stat} ${TIME_ORIGINS[r.timeOrigin]}`.replace(/ no time origin \(not a time-to-event figure\)$/, '');
}

/** Per measure, the spread of whole-cohort figures across the matched cohorts. */
function measureRanges(matches: CohortMatch[]): MeasureRange[] {
  const groups = new Map<string, { label: string; unit: OutcomeRecord['unit']; byCohort: Map<string, OutcomeRecord> }>();
  for (const m of matches) {
    for (const r of m.records) {
      if (r.population.subgroup || r.value === null || !RANGE_STATS.has(r.statistic)) continue;
      if (r.population.metastaticSite === 'any' || !LMS.has(r.population.histology)) continue;
      // Pooling figures whose time origins are unknown would compare unlike with unlike.
      if (r.timeOrigin === 'not-stated') continue;
      const key = [r.measure, r.statistic, r.timeOrigin, r.atMonths ?? '', r.unit].join('|');
      const g = groups.get(key) ?? { label: rangeLabel(r), unit: r.unit, byCohort: new Map() };
      // One figure per cohort: the computed Kaplan-Meier median stands for seed 000's own.
      if (!g.byCohort.has(m.cohort) || r.design === 'computed-from-seed') g.byCohort.set(m.cohort, r);
      groups.set(key, g);
    }
  }
  const matchN = new Map(matches.map((m) => [m.cohort, m.n]));
  return [...groups.entries()].map(([key, g]) => {
    const records = [...g.byCohort.values()];
    const values = records.map((r) => r.value as number);
    const ns = [...g.byCohort.keys()].map((c) => matchN.get(c) ?? null);
    const known = ns.filter((n): n is number => n !== null);
    return {
      key,
      label: g.label,
      unit: g.unit,
      low: Math.min(...values),
      high: Math.max(...values),
      cohorts: records.length,
      n: known.length === ns.length ? known.reduce((a, b) => a + b, 0) : null,
      nKnown: known.reduce((a, b) => a + b, 0),
      recordIds: records.map((r) => r.id),
    };
  });
}

export function matchOutcomes(input: PatientProfile): MatchResult {
  const parsed = PatientProfileSchema.safeParse(input);
  if (!parsed.success) return noMatch(`The profile could not be read: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  const profile = parsed.data;
  if (profile.histology === 'other') {
    return noMatch('The evidence base holds leiomyosarcoma only: no outcome figures match another histology.');
  }
  const site = siteOf(profile);
  if (site === null) {
    return noMatch(
      (profile.metastaticSites?.length ?? 0) === 0
        ? 'Enter the site of metastasis (spine, or lungs only) to match outcome figures.'
        : 'No cohort in the evidence base matches this pattern of metastases: the seeds report spinal metastases and lung-only metastases of leiomyosarcoma.',
    );
  }
  const matches: CohortMatch[] = [];
  for (const [id, records] of cohorts()) {
    const m = describeCohort(id, records, profile, site);
    if (m) matches.push(m);
  }
  const direct = matches.filter((m) => m.records[0]?.population.metastaticSite !== 'any');
  if (direct.length === 0) return noMatch('No cohort in the evidence base matches this patient.');
  matches.sort((a, b) => b.score - a.score || (b.n ?? 0) - (a.n ?? 0) || a.cohort.localeCompare(b.cohort));
  const kato = matches.some((m) => m.cohort === 'kato2020') ? subgroupsForProfile(profile) : null;
  return { status: 'matched', matches, ranges: measureRanges(matches), kato };
}
