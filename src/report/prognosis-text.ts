// One line per prognostic score for the status panels, the clinical note and the print.
import { scoredPatient, BAUER_GROUPS, KATAGIRI_BANDS, VDL_BANDS, NESMS_CEILING, TOKUHASHI_BANDS, TOMITA_STRATEGIES, nomsSummary, type Assessment, type NomsRoute, type NomsSummary, type PrognosisFor, type PrognosticScore, type TomitaStrategy } from '../clinical';
import type { LesionDerived } from './derive';

type Scored = { total: number | null; min: number; max: number };
// A range whose ends meet is a number (NESMS capped at 3 with items still open reads 3).
const value = (r: Scored) => (r.total !== null ? `${r.total}` : r.min === r.max ? `${r.min}` : `${r.min}–${r.max} so far`);
const label = <B extends string>(bands: ReadonlyArray<{ id: B; label: string }>, id: B) => bands.find((b) => b.id === id)?.label ?? '';

/** What a score still needs, in the words of the form: "Karnofsky status, Frankel grade". */
function needs(p: PrognosisFor, score: PrognosticScore, open: readonly string[]): string {
  const words = open.map((item) => NEED[score][item] ?? item).map((w) => (typeof w === 'function' ? w(p) : w));
  return [...new Set(words)].join(', ');
}

type Need = string | ((p: PrognosisFor) => string);
// Short: the print sheet holds the whole note on one A4 page.
const SOLITARY = 'other spinal and extraspinal bone metastases';
const PRIMARY = 'the primary tumour';
const ORGANS = (open: boolean) => (open ? 'whether the organ metastases are removable' : 'other-organ metastases');
const NEED: Record<PrognosticScore, Record<string, Need>> = {
  tokuhashi: {
    generalCondition: 'Karnofsky status',
    extraspinalBone: 'extraspinal bone metastases',
    vertebralBody: 'other spinal lesions',
    majorOrgans: (p) => ORGANS(p.tokuhashi.input.majorOrganMetastasesOneOf !== undefined),
    primarySite: (p) =>
      p.needsChoice.some((n) => n.key === 'tokuhashiLmsAsUterus')
        ? '“uterus” or “others” (with the histology)'
        : p.tokuhashi.input.primarySiteOneOf?.includes('uterus')
          ? 'where the leiomyosarcoma arose'
          : p.tokuhashi.input.primarySiteOneOf?.includes('osteosarcoma')
            ? 'whether the sarcoma is an osteosarcoma'
            : PRIMARY,
    palsy: 'Frankel grade',
  },
  tomita: {
    growth: (p) => (p.needsChoice.some((n) => n.key === 'tomitaGrowth') ? 'growth group (with the histology)' : PRIMARY),
    visceral: (p) => ORGANS(p.tomita.input.visceralOneOf !== undefined),
    bone: SOLITARY,
  },
  bauer: { noVisceral: 'other-organ metastases', notLung: PRIMARY, favourablePrimary: PRIMARY, solitarySkeletal: SOLITARY },
  nesms: { modifiedBauer: 'modified Bauer', ambulatory: 'walking', albumin: 'serum albumin' },
};

// Katagiri and van der Linden: what a band still needs, in the same short words.
const KATAGIRI_NEED: Record<string, string> = {
  primaryGrowth: 'growth group of the primary', visceral: 'visceral or cerebral metastases', laboratory: 'laboratory data',
  ecog: 'ECOG', previousChemotherapy: 'previous chemotherapy', multipleSkeletal: 'other skeletal metastases',
};
const VDL_NEED: Record<string, string> = { kps: 'Karnofsky status', primary: PRIMARY, noVisceral: 'other-organ metastases' };
const needList = (map: Record<string, string>, open: readonly string[]) => [...new Set(open.map((i) => map[i] ?? i))].join(', ');

export function tokuhashiLine(p: PrognosisFor): string {
  const r = p.tokuhashi.result;
  return `Revised Tokuhashi (2005) ${value(r)}${r.band ? `: ${label(TOKUHASHI_BANDS, r.band)}` : ` — Tokuhashi band needs: ${needs(p, 'tokuhashi', r.unanswered)}`}`;
}

// Tomita 2001's strategies, named as that paper's surgical strategy for each total, never as an
// indication; the totals are the clinical table's (TOMITA_STRATEGIES, with its source comment).
const TOMITA_2001: Record<TomitaStrategy, string> = {
  'wide-or-marginal-excision': 'wide or marginal excision',
  'marginal-or-intralesional-excision': 'marginal or intralesional excision',
  'palliative-surgery': 'palliative surgery',
  'supportive-care': 'non-operative supportive care',
};
const strategy = (id: TomitaStrategy) => {
  const s = TOMITA_STRATEGIES.find((x) => x.id === id);
  return `${TOMITA_2001[id]}${s ? ` (${s.min}–${s.max})` : ''}`;
};

export function tomitaLine(p: PrognosisFor): string {
  const r = p.tomita.result;
  return `Tomita ${value(r)}${r.strategy ? ` — Tomita 2001 surgical strategy: ${strategy(r.strategy)}` : ` — strategy needs: ${needs(p, 'tomita', r.unanswered)}`}`;
}

export function prognosisLines(p: PrognosisFor): string[] {
  const b = p.bauer.result;
  const n = p.nesms.result;
  const bauer = `Modified Bauer ${value(b)}${b.group ? `: ${label(BAUER_GROUPS, b.group)}` : ` — group needs: ${needs(p, 'bauer', b.unanswered)}`}`;
  const open = n.total === null && n.min !== n.max ? `; needs: ${needs(p, 'nesms', n.unanswered)}` : '';
  const k = p.katagiri.result;
  const v = p.vanderlinden.result;
  return [
    `${tokuhashiLine(p)}; ${tomitaLine(p)}`,
    `${bauer}; NESMS ${value(n)} (0–${NESMS_CEILING}${open})`,
    `New Katagiri (2014) ${value(k)}${k.band ? `: ${label(KATAGIRI_BANDS, k.band)}` : ` — Katagiri band needs: ${needList(KATAGIRI_NEED, k.unanswered)}`}; van der Linden (2005) ${value(v)}${v.band ? `: ${label(VDL_BANDS, v.band)}` : ` — group needs: ${needList(VDL_NEED, v.unanswered)}`}`,
  ];
}

export const ROUTE_SHORT: Record<NomsRoute, string> = {
  'conventional-radiotherapy': 'conventional radiotherapy',
  radiosurgery: 'stereotactic radiosurgery',
  'separation-surgery-then-radiosurgery': 'separation surgery then radiosurgery',
  'radiation-without-surgery': 'radiation without surgery',
  debated: 'debated (ESCC 1c)',
  open: 'not decided yet',
};

const MECHANICAL: Record<NomsSummary['stabilisation'], string> = {
  stabilisation: 'stabilisation for instability (surgery or cement augmentation)',
  'surgical-consultation': 'surgical consultation (SINS 7–12)',
  none: '',
  open: '',
};

/** The NOMS pathway in one line: the neurologic/oncologic route and the mechanical arm. */
export function nomsLine(s: NomsSummary, fitUnknown: boolean): string {
  const route =
    s.route === 'open' && s.missing.length === 0
      ? 'radiation; the technique is a call for radiation oncology (moderately radiosensitive histology)'
      : s.route === 'separation-surgery-then-radiosurgery' && fitUnknown
        ? `${ROUTE_SHORT[s.route]}, if the patient can tolerate surgery`
        : ROUTE_SHORT[s.route];
  const mech = MECHANICAL[s.stabilisation];
  return mech ? `${route}; ${mech}` : route;
}

/** One lesion's NOMS summary and its one-line pathway, as the screen and the note both read it. */
export function lesionNoms(a: Assessment, l: LesionDerived, p: PrognosisFor): { summary: NomsSummary; line: string } {
  // A Frankel grade that contradicts walking is not read until corrected.
  const { frankel } = scoredPatient(a.patient);
  const summary = nomsSummary({
    escc: !l.pending && l.escc.status === 'graded' ? l.escc.grade : null,
    ...(frankel ? { frankel } : {}),
    radiosensitivity: p.radiosensitivity.value,
    sins: l.pending ? null : l.sins,
    fitForSurgery: a.patient.fitForSurgery ?? null,
    neuralLevel: l.neural,
    prognosis: tokuhashiLine(p),
  });
  return { summary, line: nomsLine(summary, a.patient.fitForSurgery === undefined) };
}
