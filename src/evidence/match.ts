// Matching a patient profile to the cohorts of the catalogue. A cohort matches only on the same
// histology and metastatic site; closeness then ranks the matches. Figures are grouped by the
// treatment each cohort had, the planned treatment first and the others under their own heading,
// so a TES candidate's list is not mixed with radiosurgery or lung surgery.
import { HISTOLOGY_NAMES } from '../clinical';
import { catalogue } from './catalogue';
import { BROAD_SITES, describeCohort, type CohortMatch, type Site } from './cohort-match';
import { measureLines, type MeasureRange } from './lines';
import { INTERVENTIONS, type Intervention, type OutcomeRecord } from './schema';
import { subgroupsForProfile, type ProfileSubgroups } from './subgroups';
import { PatientProfileSchema, type PatientProfile, type Treatment } from './profile';

export type { CohortMatch } from './cohort-match';
export type { MeasureRange, LineFigure } from './lines';

/** The matches and lines of one treatment. */
export interface TreatmentGroup {
  intervention: Intervention;
  title: string;
  /** True for the treatment the clinician is weighing. */
  planned: boolean;
  matches: CohortMatch[];
  lines: MeasureRange[];
}

export type NoMatchReason = 'invalid' | 'histology' | 'no-histology' | 'site' | 'none';

export type MatchResult =
  | {
      status: 'matched';
      treatment: Treatment | null;
      /** The planned treatment's group; null when none is planned or no cohort had it. */
      planned: TreatmentGroup | null;
      /** Every other treatment, each its own group, closest first. */
      others: TreatmentGroup[];
      /** All matches, closest first, and all lines (planned first): the groups flattened. */
      matches: CohortMatch[];
      ranges: MeasureRange[];
      kato: ProfileSubgroups | null;
    }
  | { status: 'no-match'; reason: NoMatchReason; message: string; matches: []; ranges: []; kato: null };

function siteOf(profile: PatientProfile): Site | null {
  const sites = profile.metastaticSites ?? [];
  if (sites.includes('spine') || (profile.levels?.length ?? 0) > 0) return 'spine';
  if (sites.length > 0 && sites.every((s) => s === 'lung')) return 'lung';
  return null;
}

function noMatch(reason: NoMatchReason, message: string): MatchResult {
  return { status: 'no-match', reason, message, matches: [], ranges: [], kato: null };
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

function group(intervention: Intervention, matches: CohortMatch[], planned: boolean): TreatmentGroup {
  return { intervention, title: INTERVENTIONS[intervention], planned, matches, lines: measureLines(matches, intervention) };
}

export function matchOutcomes(input: PatientProfile): MatchResult {
  const parsed = PatientProfileSchema.safeParse(input);
  if (!parsed.success) return noMatch('invalid', `The profile could not be read: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  const profile = parsed.data;
  if (profile.histology === undefined) {
    return noMatch('no-histology', 'Enter the primary tumour to see the leiomyosarcoma cohorts, where they apply.');
  }
  if (profile.histology !== 'leiomyosarcoma') {
    const name = HISTOLOGY_NAMES[profile.histology].toLowerCase();
    return noMatch(
      'histology',
      `The leiomyosarcoma cohorts collected here do not apply to a ${name} primary, so none is shown. Nothing is wrong with the entry: the trials and series that apply are listed by question.`,
    );
  }
  const site = siteOf(profile);
  if (site === null) {
    return noMatch(
      'site',
      (profile.metastaticSites?.length ?? 0) === 0
        ? 'Enter the site of metastasis (spine, or lungs only) to match outcome figures.'
        : 'No cohort in the evidence base matches this pattern of metastases: the studies report spinal metastases and lung-only metastases of leiomyosarcoma.',
    );
  }
  const matches: CohortMatch[] = [];
  for (const [id, records] of cohorts()) {
    const m = describeCohort(id, records, profile, site);
    if (m) matches.push(m);
  }
  if (!matches.some((m) => !BROAD_SITES.has(m.records[0]?.population.metastaticSite ?? 'any'))) {
    return noMatch('none', 'No cohort in the evidence base matches this patient.');
  }
  matches.sort((a, b) => b.score - a.score || (b.n ?? 0) - (a.n ?? 0) || a.cohort.localeCompare(b.cohort));

  // Groups in the order of their closest cohort; the planned treatment's first.
  const byTreatment = new Map<Intervention, CohortMatch[]>();
  for (const m of matches) byTreatment.set(m.intervention, [...(byTreatment.get(m.intervention) ?? []), m]);
  const treatment = profile.treatment ?? null;
  const plannedMatches = treatment ? byTreatment.get(treatment) : undefined;
  const planned = treatment && plannedMatches ? group(treatment, plannedMatches, true) : null;
  const others = [...byTreatment.entries()].filter(([i]) => i !== treatment).map(([i, ms]) => group(i, ms, false));
  const ordered = [...(planned ? [planned] : []), ...others];
  const kato = matches.some((m) => m.cohort === 'kato2020') ? subgroupsForProfile(profile) : null;
  return {
    status: 'matched',
    treatment,
    planned,
    others,
    matches: ordered.flatMap((g) => g.matches),
    ranges: ordered.flatMap((g) => g.lines),
    kato,
  };
}
