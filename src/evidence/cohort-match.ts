// One cohort of the catalogue set against a patient profile: same histology and metastatic
// site or no match; then what it shares with the patient, where it differs, and a rank score.
import { TES_MAX_ECOG, TES_MAX_LEVELS, TES_MAX_OTHER_METASTASES, areConsecutive } from '../clinical';
import { conflicts as allConflicts } from './catalogue';
import { INTERVENTIONS, type Conflict, type Intervention, type OutcomeRecord } from './schema';
import type { PatientProfile } from './profile';

// "total en bloc spondylectomy (TES)": lower case for the sentence, abbreviations kept.
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

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

export type Site = 'spine' | 'lung';

const SURGICAL: ReadonlySet<Intervention> = new Set([
  'tes', 'partial-spondylectomy-adjuvant', 'posterior-gross-total-resection', 'gross-total-resection-radiotherapy',
  'spine-surgery-mixed', 'decompression-stabilisation', 'resection-radiosurgery-chemotherapy', 'bone-metastasectomy',
]);

/** Cohorts broader than any one patient: shown last, under their own words, never pooled. */
export const BROAD_SITES: ReadonlySet<OutcomeRecord['population']['metastaticSite']> = new Set(['any', 'all-stages', 'not-stated']);

/** The TES selection of Kato 2020, as far as the profile tells. */
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

const BROAD_WORDS: Record<string, string> = {
  any: 'metastatic LMS of any site: broader than this patient',
  'all-stages': 'LMS of every stage, not a metastatic cohort',
  'not-stated': 'the source does not say who was treated',
};

export function describeCohort(id: string, records: OutcomeRecord[], profile: PatientProfile, site: Site): CohortMatch | null {
  const first = records[0] as OutcomeRecord;
  const pop = first.population;
  if ((pop.histology === 'gynecological-cancers' || pop.histology === 'sarcomas-and-uterine-malignancies') && records.every((r) => r.population.histology !== 'leiomyosarcoma')) return null;
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
  } else if (BROAD_SITES.has(pop.metastaticSite)) {
    differences.push(BROAD_WORDS[pop.metastaticSite] as string);
    score -= 3;
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
      differences.push(`${INTERVENTIONS[intervention]}, not ${lowerFirst(INTERVENTIONS[profile.treatment])}`);
      score += 1;
    } else {
      differences.push(`${INTERVENTIONS[intervention]}, not ${lowerFirst(INTERVENTIONS[profile.treatment])}`);
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
  if (first.design === 'narrative-review' || first.design === 'systematic-review' || first.design === 'uncited-in-case-report') score -= 1;

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
