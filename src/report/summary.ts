// The plain-text summary for the clinical note: short by default (the patient once, every
// lesion on its own line, the TES criteria, the key figure with its citation), the whole
// evidence list on request. Loaded on demand (it needs the evidence base).
import { HISTOLOGY_NAMES, SINS_COMPONENTS, prognosisFor, type Assessment } from '../clinical';
import { lesionNoms, prognosisLines } from './prognosis-text';
import { citationText, prognosticOutcomes } from '../evidence';
import type { PrognosisFor } from '../clinical';
import { derive, type Derived, type LesionDerived } from './derive';
import { lesionEscc, lesionSinsAnnouncement, noSurgicalCall, tesAnnouncement } from './announce';
import { evidenceNoteLines } from './evidence-note';

export { referencesFor } from './evidence-note';

const SHORT = { location: 'location', pain: 'pain', boneLesion: 'bone', alignment: 'alignment', collapse: 'collapse', posterolateral: 'posterolateral' } as const;

function lesionLines(a: Assessment, l: LesionDerived, p: PrognosisFor): string[] {
  const parts = SINS_COMPONENTS.map((c) => `${SHORT[c]} ${l.sins.points[c] ?? '–'}`).join(', ');
  const consult = !l.pending && l.sins.surgicalConsultation ? '; SINS 7 or more: surgical consultation recommended' : '';
  const sins = l.pending ? lesionSinsAnnouncement(l) : `${lesionSinsAnnouncement(l)} [${parts}]${consult}`;
  const spans = l.location?.spansSegments ? ' Location: lesion spans segments; highest-scoring level used (no official rule).' : '';
  const escc = lesionEscc(l);
  return [`${sins}.${spans}`, `  ${escc}. NOMS (Laufer 2013): ${lesionNoms(a, l, p).line}`];
}

/** The TES line, never a go-ahead: the cohort it comes from, and what the lesions call for. */
function tesLine(a: Assessment, d: Derived): string {
  const tes = d.tes.criteria.map((c) => `${TES_SHORT[c.id]}: ${STATUS_SHORT[c.status]}`).join('; ');
  const h = a.patient.histology;
  const other = h && h !== 'leiomyosarcoma' ? ` These criteria come from a leiomyosarcoma cohort, not from ${HISTOLOGY_NAMES[h].toLowerCase()}.` : '';
  const quiet = noSurgicalCall(d.lesions) ? ' SINS 6 or less and low-grade ESCC: neither calls for surgery.' : '';
  return `${tesAnnouncement(d.tes)} (${tes}); not a recommendation.${other}${quiet}`;
}

function patientLine(a: Assessment, d: Derived): string {
  const p = a.patient;
  const bits = [
    p.histology ? HISTOLOGY_NAMES[p.histology] : 'primary not entered',
    p.age !== undefined ? `${p.age} y` : null,
    p.sex ?? null,
    p.ecog !== undefined ? `ECOG ${p.ecog}` : null,
    p.kps !== undefined ? `KPS ${p.kps}%` : null,
    p.frankel ? `Frankel ${p.frankel}` : null,
    d.spinal.total !== null ? `${d.spinal.total} spinal lesion${d.spinal.total === 1 ? '' : 's'}` : null,
    d.organs.answered ? (d.organs.total !== null ? `${d.organs.total} other-organ metastases` : `at least ${d.organs.min} other-organ metastases`) : null,
  ];
  return `Patient: ${bits.filter(Boolean).join(', ')}`;
}

const TES_SHORT = { solitary: 'solitary', levels: '≤ 3 levels', ecog: 'ECOG ≤ 3', 'other-metastases': 'stable, ≤ 3 other-organ metastases' } as const;
const STATUS_SHORT = { met: 'met', 'not-met': 'not met', 'not-assessed': 'not assessed' } as const;

/** The Tokuhashi band's survival across studies, side by side (never pooled). */
function bandLine(p: PrognosisFor): string | null {
  const records = prognosticOutcomes({ tokuhashi: p.tokuhashi.result.band }).filter((r) => r.measure === 'median-survival');
  if (records.length === 0) return null;
  const each = records.map((r) => `${r.value} ${r.unit}${r.n !== null ? ` (n = ${r.n})` : ''}, ${citationText(r.citation)}`);
  return `Median survival in the same Tokuhashi band, by study: ${each.join('; ')}`;
}

export interface SummaryOptions {
  now?: Date;
  /** The whole evidence list instead of the key figure. */
  full?: boolean;
}

export function buildSummary(a: Assessment, { now = new Date(), full = false }: SummaryOptions = {}): string {
  const d = derive(a);
  const lines: string[] = [`Spinal metastasis assessment — ${now.toISOString().slice(0, 10)}`, patientLine(a, d)];
  const prognosis = prognosisFor(a.patient, a.lesions);
  for (const l of d.lesions) lines.push(...lesionLines(a, l, prognosis));
  lines.push(tesLine(a, d));
  lines.push(...prognosisLines(prognosis));
  const band = bandLine(prognosis);
  if (band) lines.push(band);
  lines.push(...evidenceNoteLines(d.profile, { full }));
  lines.push(`Spinal metastasis calculator ${__APP_BUILD__}: decision support only; check against the sources.`);
  return lines.join('\n');
}
