// Matched outcomes: closest cohorts first, each figure with n, time origin, design and source;
// the range per measure; conflicts shown with both sides. Loaded only when first needed.
import { useMemo, useState } from 'preact/hooks';
import {
  DESIGNS,
  INTERVENTIONS,
  SEEDS,
  TIME_ORIGINS,
  kaplanMeier,
  katoObservations,
  matchOutcomes,
  type CohortMatch,
  type MeasureRange,
  type OutcomeRecord,
  type PatientProfile,
} from '../../evidence';
import { KmChart } from './KmChart';

export function formatValue(r: Pick<OutcomeRecord, 'value' | 'unit' | 'range'>): string {
  const unit = r.unit === 'percent' ? '%' : r.unit === 'patients' ? '' : ` ${r.unit}`;
  if (r.value === null) return r.range ? `${r.range.low}–${r.range.high}${unit}` : 'not given';
  return `${r.value}${unit}${r.range ? ` (range ${r.range.low}–${r.range.high})` : ''}`;
}

export function provenance(r: OutcomeRecord): string {
  const n = r.population.n !== null ? `n = ${r.population.n}` : r.population.nNote ?? 'n not given';
  const origin = r.timeOriginNote && r.timeOrigin === 'not-stated' ? r.timeOriginNote : TIME_ORIGINS[r.timeOrigin] + (r.timeOriginNote ? ` (${r.timeOriginNote})` : '');
  return `${n}; ${origin}; ${DESIGNS[r.design]}; seed ${r.source.seed}, ${r.source.location}${r.primaryCitation ? `; primary: ${r.primaryCitation}` : ''}`;
}

export function rangeText(m: MeasureRange): string {
  const unit = m.unit === 'percent' ? '%' : ` ${m.unit}`;
  const value = m.low === m.high ? `${m.low}${unit}` : `${m.low}–${m.high}${unit}`;
  const n = m.n !== null ? `n = ${m.n}` : `n ≥ ${m.nKnown} (a cohort gives no n)`;
  return `${m.label}: ${value} across ${m.cohorts} cohort${m.cohorts === 1 ? '' : 's'}, ${n}`;
}

function Figure({ r, flagged }: { r: OutcomeRecord; flagged: boolean }) {
  return (
    <li class={flagged ? 'figure flagged' : 'figure'}>
      <span class="figure-label">{r.label}</span>: <strong>{formatValue(r)}</strong>
      {r.count && <span> ({r.count.events}/{r.count.of})</span>}
      {r.ci95 && <span> (95% CI {r.ci95.low}–{r.ci95.high})</span>}
      {r.pValue && <span> p {r.pValue.startsWith('<') ? r.pValue : `= ${r.pValue}`}</span>}
      {flagged && <span class="flag"> ⚑ disputed, see below</span>}
      <div class="provenance">{provenance(r)}</div>
      {r.note && <div class="provenance">{r.note}</div>}
    </li>
  );
}

function Match({ m, open }: { m: CohortMatch; open: boolean }) {
  const flaggedIds = new Set(m.conflicts.flatMap((c) => c.records));
  const main = m.records.filter((r) => !r.population.subgroup);
  const sub = m.records.filter((r) => r.population.subgroup);
  const seed = m.records[0]?.source.seed;
  return (
    <details class="match" open={open}>
      <summary>
        <span class="match-title">{INTERVENTIONS[m.intervention]} — {m.title}</span>
        <span class="match-meta">{m.n !== null ? `n = ${m.n}` : 'n not given'} · {DESIGNS[m.design]} · seed {seed}</span>
      </summary>
      {m.shared.length > 0 && <p class="shared"><strong>Shares:</strong> {m.shared.join('; ')}.</p>}
      {m.differences.length > 0 && <p class="differs"><strong>Differs:</strong> {m.differences.join('; ')}.</p>}
      <ul class="figures">{main.map((r) => <Figure key={r.id} r={r} flagged={flaggedIds.has(r.id)} />)}</ul>
      {sub.length > 0 && (
        <details class="subgroups">
          <summary>Subgroup figures ({sub.length})</summary>
          <ul class="figures">{sub.map((r) => <Figure key={r.id} r={r} flagged={flaggedIds.has(r.id)} />)}</ul>
        </details>
      )}
      {m.conflicts.map((c) => (
        <p key={c.id} class="conflict" role="note"><strong>Sources disagree ({c.kind.replace(/-/g, ' ')}):</strong> {c.summary}</p>
      ))}
    </details>
  );
}

export default function Outcomes({ profile }: { profile: PatientProfile }) {
  const result = useMemo(() => matchOutcomes(profile), [JSON.stringify(profile)]);
  const [chosen, setChosen] = useState<string | null>(null);
  const cohortKm = useMemo(() => kaplanMeier(katoObservations()), []);
  if (result.status === 'no-match') {
    return <p class="no-match" role="status">{result.message}</p>;
  }
  const subgroups = result.kato?.subgroups ?? [];
  const current = subgroups.find((s) => s.factorId === chosen) ?? subgroups.find((s) => s.factorId === 'ecog-post') ?? subgroups[0];
  return (
    <div class="outcomes-body">
      <h3>Ranges across matching cohorts</h3>
      <ul class="ranges">{result.ranges.map((m) => <li key={m.key}>{rangeText(m)}</li>)}</ul>
      {result.kato && (
        <div class="kato">
          <h3>Kato 2020 (seed 000): the TES cohort and this patient’s subgroup</h3>
          {subgroups.length > 0 && (
            <label class="field">
              Subgroup (Table 3 factor)
              <select value={current?.factorId} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
                {subgroups.map((s) => (
                  <option key={s.factorId} value={s.factorId}>{`${s.factor}: ${s.group} (n = ${s.n})`}</option>
                ))}
              </select>
            </label>
          )}
          <KmChart
            title="Cancer-specific survival after TES (seed 000, Table 2; shaded: 95% band, log-log)"
            curves={[
              { label: 'All 10 patients', km: cohortKm, kind: 'cohort' },
              ...(current ? [{ label: `${current.factor}: ${current.group}`, km: current.curve, kind: 'subgroup' as const }] : []),
            ]}
          />
          {current && (
            <p class="note">
              {current.factor} {current.group}: n = {current.n}; {current.threeYearSurvivors.count} of {current.threeYearSurvivors.of} alive at 3 years;
              {' '}{[12, 36, 60].map((t) => `${t / 12}-year ${Math.round(current.curve.at(t).survival * 100)}%`).join(', ')}.
              {' '}With so few patients a single death moves the curve by {Math.round(100 / Math.max(current.n, 1))} points.
            </p>
          )}
          {result.kato.outside.map((o) => <p key={o} class="note warn">{o}.</p>)}
        </div>
      )}
      <h3>Matching evidence, closest first</h3>
      {result.matches.map((m, i) => <Match key={m.cohort} m={m} open={i === 0} />)}
      <p class="note">Sources: {Object.entries(SEEDS).map(([f, t]) => `${f}: ${t}`).join(' · ')}</p>
    </div>
  );
}
