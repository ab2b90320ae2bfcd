// The short list of figures per measure: a range only across cohorts with no patient in
// common (two or more of them); otherwise each figure alone, with its own label and source.
// A figure in a disagreement is flagged on the line it feeds.
import { conflicts as allConflicts } from './catalogue';
import { patientPools } from './catalogue/overlap';
import { citationOf } from './citation';
import { BROAD_SITES, type CohortMatch } from './cohort-match';
import { MEASURES, TIME_ORIGINS, type Intervention, type OutcomeRecord } from './schema';
import { nText, unitText } from './text';

export interface LineFigure {
  recordId: string;
  cohort: string;
  label: string;
  value: number;
  unit: OutcomeRecord['unit'];
  n: number | null;
  /** "n = 44" or "n not given: <why>", always present. */
  nText: string;
  citation: string;
  /** Conflicts this figure is part of. */
  disputed: string[];
}

export interface MeasureRange {
  key: string;
  /** 'range': two or more cohorts with no shared patients; 'single': one figure. */
  kind: 'range' | 'single';
  /** For a range the measure; for a single figure the record's own label. */
  label: string;
  unit: OutcomeRecord['unit'];
  low: number;
  high: number;
  /** Distinct patient pools behind the line. */
  cohorts: number;
  /** Patients behind the line, each counted once; null when a figure gives no n. */
  n: number | null;
  nKnown: number;
  recordIds: string[];
  figures: LineFigure[];
  disputed: string[];
  intervention: Intervention;
}

const LMS: ReadonlySet<OutcomeRecord['population']['histology']> = new Set(['leiomyosarcoma', 'uterine-leiomyosarcoma', 'soft-tissue-leiomyosarcoma']);
const LINE_STATS: ReadonlySet<OutcomeRecord['statistic']> = new Set(['median', 'rate', 'proportion']);

function measureLabel(r: OutcomeRecord): string {
  const what = MEASURES[r.measure];
  const when = r.atMonths ? ` at ${r.atMonths % 12 === 0 ? `${r.atMonths / 12} year${r.atMonths === 12 ? '' : 's'}` : `${r.atMonths} months`}` : '';
  const stat = r.statistic === 'median' ? 'Median ' + what.toLowerCase() : r.statistic === 'proportion' ? what : what + when;
  return `${stat} ${TIME_ORIGINS[r.timeOrigin]}`.replace(/ no time origin \(not a time-to-event figure\)$/, '');
}

function figure(r: OutcomeRecord, cohort: string): LineFigure {
  return {
    recordId: r.id,
    cohort,
    label: r.label,
    value: r.value as number,
    unit: r.unit,
    n: r.population.n,
    nText: nText(r),
    citation: citationOf(r),
    disputed: allConflicts.filter((c) => c.records.includes(r.id)).map((c) => c.id),
  };
}

function line(key: string, kind: MeasureRange['kind'], label: string, figs: LineFigure[], pools: number, intervention: Intervention): MeasureRange {
  const values = figs.map((f) => f.value);
  const known = figs.filter((f) => f.n !== null).map((f) => f.n as number);
  return {
    key: kind === 'single' ? `${key}|${figs[0]?.recordId}` : key,
    kind,
    label,
    unit: figs[0]?.unit ?? 'months',
    low: Math.min(...values),
    high: Math.max(...values),
    cohorts: pools,
    n: known.length === figs.length ? known.reduce((a, b) => a + b, 0) : null,
    nKnown: known.reduce((a, b) => a + b, 0),
    recordIds: figs.map((f) => f.recordId),
    figures: figs,
    disputed: [...new Set(figs.flatMap((f) => f.disputed))],
    intervention,
  };
}

/** The lines for matches of one treatment; never pools across treatments. */
export function measureLines(matches: readonly CohortMatch[], intervention: Intervention): MeasureRange[] {
  const pools = patientPools(matches.map((m) => m.cohort));
  const groups = new Map<string, { label: string; items: Array<{ r: OutcomeRecord; cohort: string }> }>();
  for (const m of matches) {
    for (const r of m.records) {
      if (r.population.subgroup || r.value === null || !LINE_STATS.has(r.statistic)) continue;
      if (BROAD_SITES.has(r.population.metastaticSite) || !LMS.has(r.population.histology)) continue;
      // Figures whose time origin is unknown cannot be set beside others; they stay in their cohort.
      if (r.timeOrigin === 'not-stated') continue;
      const key = [r.measure, r.statistic, r.timeOrigin, r.atMonths ?? '', r.unit].join('|');
      const g = groups.get(key) ?? { label: measureLabel(r), items: [] };
      g.items.push({ r, cohort: m.cohort });
      groups.set(key, g);
    }
  }
  const out: MeasureRange[] = [];
  for (const [key, g] of groups) {
    // One figure per pool of patients: the largest cohort's (the paper's own whole-cohort figure).
    const byPool = new Map<string, { r: OutcomeRecord; cohort: string }>();
    for (const it of g.items) {
      const pool = pools.get(it.cohort) ?? it.cohort;
      const held = byPool.get(pool);
      if (!held || (it.r.population.n ?? 0) > (held.r.population.n ?? 0)) byPool.set(pool, it);
    }
    const chosen = new Set([...byPool.values()].map((it) => it.r.id));
    if (byPool.size >= 2) out.push(line(key, 'range', g.label, [...byPool.values()].map((it) => figure(it.r, it.cohort)), byPool.size, intervention));
    for (const it of g.items) {
      if (byPool.size >= 2 && chosen.has(it.r.id)) continue;
      out.push(line(key, 'single', it.r.label, [figure(it.r, it.cohort)], 1, intervention));
    }
  }
  return out;
}

const DISPUTED = ' [disputed: the papers disagree, see the note on this figure]';

/** A line of the short list: a range across distinct cohorts, or one figure alone. */
export function rangeText(m: MeasureRange): string {
  const unit = unitText(m.unit);
  const one = (f: MeasureRange['figures'][number], flag: string) => `${f.label}: ${f.value}${unitText(f.unit)} (${f.nText}; ${f.citation})${f.disputed.length ? flag : ''}`;
  const first = m.figures[0];
  if (m.kind === 'single' && first) return one(first, DISPUTED);
  const each = m.figures.map((f) => one(f, ' [disputed]'));
  const n = m.n !== null ? `n = ${m.n}, no patient counted twice` : `n ≥ ${m.nKnown} (a cohort gives no n)`;
  return `${m.label}: ${m.low}–${m.high}${unit} across ${m.cohorts} cohorts with no patients in common (${n}) — ${each.join('; ')}${m.disputed.length ? DISPUTED : ''}`;
}
