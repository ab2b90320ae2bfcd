// Words for figures, shared by the screen, the clinical note and the print, so all three say
// the same thing: value, n (always, or why not), time origin, design, citation, disputes.
import { citationOf } from './citation';
import { conflicts as allConflicts } from './catalogue';
import { DESIGNS, TIME_ORIGINS, type OutcomeRecord } from './schema';
import { FEW_PATIENTS, wilson95 } from './stats';

export const unitText = (u: OutcomeRecord['unit']) => (u === 'percent' ? '%' : u === 'patients' || u === 'ratio' ? '' : ` ${u}`);

export function formatValue(r: Pick<OutcomeRecord, 'value' | 'unit' | 'range'>): string {
  const unit = unitText(r.unit);
  if (r.value === null) return r.range ? `${r.range.low}–${r.range.high}${unit}` : 'not given';
  return `${r.value}${unit}${r.range ? ` (range ${r.range.low}–${r.range.high})` : ''}`;
}

/** Always says n: "n = 31 (from Table 2 …)" or "n not given: <why>". */
export function nText(r: Pick<OutcomeRecord, 'population'>): string {
  const { n, nNote } = r.population;
  if (n === null) return `n not given: ${nNote ?? 'the source gives none'}`;
  return nNote ? `n = ${n} (${nNote})` : `n = ${n}`;
}

/** 95% CI: the paper's own, or for a count a Wilson interval computed here; else null. */
export function ciText(r: Pick<OutcomeRecord, 'ci95' | 'count' | 'unit'>): string | null {
  if (r.ci95) return `95% CI ${r.ci95.low}–${r.ci95.high}${unitText(r.unit)}`;
  if (r.count && r.unit === 'percent') {
    const ci = wilson95(r.count.events, r.count.of);
    if (ci) return `95% CI ${ci.low}–${ci.high}% (Wilson, computed here)`;
  }
  return null;
}

/** A plain warning for figures resting on fewer than five patients; null otherwise. */
/** A plain warning under 5 patients; "points" only where the figure is a percentage. */
export function fewWarning(n: number | null, unit: OutcomeRecord['unit'] = 'percent'): string | null {
  if (n === null || n >= FEW_PATIENTS) return null;
  if (n === 1) return unit === 'percent' ? 'Only 1 patient: this figure is one patient’s outcome, not an estimate.' : 'Only 1 patient: this is one patient’s course, not an estimate for others.';
  const swing = unit === 'percent' ? ` one patient more or less changes this figure by ${Math.round(100 / n)} points;` : '';
  return `Only ${n} patients:${swing} not a reliable estimate.`;
}

export function originText(r: Pick<OutcomeRecord, 'timeOrigin' | 'timeOriginNote'>): string {
  if (r.timeOrigin === 'not-stated') return `${TIME_ORIGINS['not-stated']}${r.timeOriginNote ? ` (${r.timeOriginNote})` : ''}`;
  return TIME_ORIGINS[r.timeOrigin] + (r.timeOriginNote ? ` (${r.timeOriginNote})` : '');
}

/** n, time origin, design and citation of one figure. */
export function provenance(r: OutcomeRecord): string {
  return `${nText(r)}; ${originText(r)}; ${DESIGNS[r.design]}; ${citationOf(r)}`;
}

export function isDisputed(id: string): boolean {
  return allConflicts.some((c) => c.records.includes(id));
}

/** One figure on one line: label, value, count, CI, p, warning and provenance. */
export function figureText(r: OutcomeRecord): string {
  const extra = [r.count ? `${r.count.events}/${r.count.of}` : null, ciText(r), r.pValue ? `p ${r.pValue.startsWith('<') ? r.pValue : `= ${r.pValue}`}` : null].filter(Boolean);
  const warn = fewWarning(r.population.n, r.unit);
  return `${r.label}: ${formatValue(r)}${extra.length ? ` (${extra.join('; ')})` : ''}${isDisputed(r.id) ? ' [disputed]' : ''} — ${provenance(r)}${warn ? ` ${warn}` : ''}`;
}
