// The plain-text summary for the clinical note: short by default (the patient once, every
// lesion on its own line, the TES criteria, the key figure with its citation), the whole
// evidence list on request. Loaded on demand (it needs the evidence base).
import { HISTOLOGY_NAMES, SINS_COMPONENTS, type Assessment } from '../clinical';
import { derive, lesionSinsAnnouncement, type Derived, type LesionDerived } from './derive';
import { esccAnnouncement } from './components/Escc';
import { tesAnnouncement } from './components/Tes';
import { evidenceNoteLines } from './evidence-note';

const SHORT = { location: 'location', pain: 'pain', boneLesion: 'bone', alignment: 'alignment', collapse: 'collapse', posterolateral: 'posterolateral' } as const;

function lesionLines(l: LesionDerived): string[] {
  const parts = SINS_COMPONENTS.map((c) => `${SHORT[c]} ${l.sins.points[c] ?? '–'}`).join(', ');
  const sins = l.pending ? lesionSinsAnnouncement(l) : `${lesionSinsAnnouncement(l)} [${parts}]`;
  const spans = l.location?.spansSegments ? ' Location: lesion spans segments; highest-scoring level used (no official rule).' : '';
  const escc = l.pending ? 'ESCC not shown until the findings are confirmed' : esccAnnouncement(l.escc, l.neural);
  return [`${sins}.${spans}`, `  ${escc}`];
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

export interface SummaryOptions {
  now?: Date;
  /** The whole evidence list instead of the key figure. */
  full?: boolean;
  /** Extra lines from the prognostic scores, if shown. */
  prognosis?: string[];
}

export function buildSummary(a: Assessment, { now = new Date(), full = false, prognosis = [] }: SummaryOptions = {}): string {
  const d = derive(a);
  const lines: string[] = [`Spinal metastasis assessment — ${now.toISOString().slice(0, 10)}`, patientLine(a, d)];
  for (const l of d.lesions) lines.push(...lesionLines(l));
  const tes = d.tes.criteria.map((c) => `${c.id} ${c.status === 'met' ? 'met' : c.status === 'not-met' ? 'not met' : 'not assessed'}`).join('; ');
  lines.push(`${tesAnnouncement(d.tes)} (${tes})`);
  lines.push(...prognosis);
  lines.push(...evidenceNoteLines(d.profile, { full }));
  lines.push(`Spinal metastasis calculator ${__APP_BUILD__}: decision support only; check against the sources.`);
  return lines.join('\n');
}
