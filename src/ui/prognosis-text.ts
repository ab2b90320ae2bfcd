// One line per prognostic score for the status panels, the clinical note and the print.
import { BAUER_GROUPS, KATAGIRI_BANDS, VDL_BANDS, NESMS_CEILING, TOKUHASHI_BANDS, TOMITA_STRATEGIES, nomsSummary, type Assessment, type NomsRoute, type NomsSummary, type PrognosisFor } from '../clinical';
import type { LesionDerived } from './derive';

type Scored = { total: number | null; min: number; max: number };
const value = (r: Scored) => (r.total !== null ? `${r.total}` : `${r.min}–${r.max} so far`);
const label = <B extends string>(bands: ReadonlyArray<{ id: B; label: string }>, id: B | null) => (id ? (bands.find((b) => b.id === id)?.label ?? '') : 'band not yet decided');

export function tokuhashiLine(p: PrognosisFor): string {
  return `Revised Tokuhashi (2005) ${value(p.tokuhashi.result)}: ${label(TOKUHASHI_BANDS, p.tokuhashi.result.band)}`;
}

export function tomitaLine(p: PrognosisFor): string {
  return `Tomita ${value(p.tomita.result)}: ${label(TOMITA_STRATEGIES, p.tomita.result.strategy)}`;
}

export function prognosisLines(p: PrognosisFor): string[] {
  return [
    `${tokuhashiLine(p)}; ${tomitaLine(p)}`,
    `Modified Bauer ${value(p.bauer.result)}: ${label(BAUER_GROUPS, p.bauer.result.group)}; NESMS ${value(p.nesms.result)} (0–${NESMS_CEILING})`,
    `New Katagiri (2014) ${value(p.katagiri.result)}: ${label(KATAGIRI_BANDS, p.katagiri.result.band)}; van der Linden (2005) ${value(p.vanderlinden.result)}: ${label(VDL_BANDS, p.vanderlinden.result.band)}`,
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
  const summary = nomsSummary({
    escc: !l.pending && l.escc.status === 'graded' ? l.escc.grade : null,
    ...(a.patient.frankel ? { frankel: a.patient.frankel } : {}),
    radiosensitivity: p.radiosensitivity.value,
    sins: l.pending ? null : l.sins,
    fitForSurgery: a.patient.fitForSurgery ?? null,
    neuralLevel: l.neural,
    prognosis: tokuhashiLine(p),
  });
  return { summary, line: nomsLine(summary, a.patient.fitForSurgery === undefined) };
}
