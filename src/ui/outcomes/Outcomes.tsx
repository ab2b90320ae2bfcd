// Matched outcomes: figures for the treatment being weighed first, other treatments under their
// own heading; each figure with n (always), time origin, design and a citation a clinician can
// look up; disagreements with both sides; the reference list. Loaded only when first needed.
import { useMemo, useState } from 'preact/hooks';
import {
  DESIGNS,
  ciText,
  fewWarning,
  figureText,
  formatValue,
  kaplanMeier,
  katoObservations,
  matchOutcomes,
  provenance,
  publicationOf,
  rangeText,
  referenceList,
  type CohortMatch,
  type Conflict,
  type OutcomeRecord,
  type PatientProfile,
  type ProfileSubgroups,
  type TreatmentGroup,
} from '../../evidence';
import { KmChart } from './KmChart';
import { StudyOutcomes, TAP } from './StudyOutcomes';
import { studyReferences } from '../../evidence/study-text';
import './outcomes.css';

// Kept for the note builder, which imported these from here before they moved to the evidence base.
export { formatValue, provenance, rangeText, figureText };

function Figure({ r, flagged }: { r: OutcomeRecord; flagged: boolean }) {
  const ci = ciText(r);
  const warn = fewWarning(r.population.n, r.unit);
  return (
    <li class={flagged ? 'figure flagged' : 'figure'}>
      <span class="figure-label">{r.label}</span>: <strong>{formatValue(r)}</strong>
      {r.count && <span> ({r.count.events}/{r.count.of})</span>}
      {ci && <span> ({ci})</span>}
      {!ci && r.population.subgroup && <span> (95% CI not computable from what the paper gives)</span>}
      {r.pValue && <span> p {r.pValue.startsWith('<') ? r.pValue : `= ${r.pValue}`}</span>}
      {flagged && <span class="flag"> ⚑ disputed, see below</span>}
      <div class="provenance">{provenance(r)}</div>
      {warn && <div class="note warn">{warn}</div>}
      {r.note && <div class="provenance">{r.note}</div>}
    </li>
  );
}

function ConflictNote({ c }: { c: Conflict }) {
  return (
    <div class="conflict" role="note">
      <strong>Papers disagree ({c.kind.replace(/-/g, ' ')}):</strong> {c.summary}
      <ul>{c.sides.map((s) => <li key={s.where + s.says}>{s.where}: {s.says}</li>)}</ul>
    </div>
  );
}

function Match({ m, open }: { m: CohortMatch; open: boolean }) {
  const flaggedIds = new Set(m.conflicts.flatMap((c) => c.records));
  const main = m.records.filter((r) => !r.population.subgroup);
  const sub = m.records.filter((r) => r.population.subgroup);
  const first = m.records[0];
  return (
    <details class="match" open={open}>
      <summary>
        <span class="match-title">{m.title}</span>
        <span class="match-meta">{m.n !== null ? `n = ${m.n}` : 'n not given'} · {DESIGNS[m.design]} · {first ? publicationOf(first) : ''}</span>
      </summary>
      {m.shared.length > 0 && <p class="shared"><strong>Shares:</strong> {m.shared.join('; ')}.</p>}
      {m.differences.length > 0 && <p class="differs"><strong>Differs:</strong> {m.differences.join('; ')}.</p>}
      <ul class="figures">{main.map((r) => <Figure key={r.id} r={r} flagged={flaggedIds.has(r.id)} />)}</ul>
      {sub.length > 0 && (
        <details class="subgroups">
          <summary>Subgroup figures ({sub.length}), each with its own n</summary>
          <ul class="figures">{sub.map((r) => <Figure key={r.id} r={r} flagged={flaggedIds.has(r.id)} />)}</ul>
        </details>
      )}
      {m.conflicts.map((c) => <ConflictNote key={c.id} c={c} />)}
    </details>
  );
}

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);

function KatoPanel({ kato }: { kato: ProfileSubgroups }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const cohortKm = useMemo(() => kaplanMeier(katoObservations()), []);
  const options = [...kato.subgroups, kato.ifRecovers];
  const current = options.find((s) => s.factorId === chosen) ?? kato.subgroups.find((s) => s.factorId === 'ecog-pre') ?? kato.subgroups[0] ?? null;
  const warn = current ? fewWarning(current.n) : null;
  const survivorsCi = current ? ciText({ count: { events: current.threeYearSurvivors.count, of: current.n }, unit: 'percent' }) : null;
  return (
    <div class="kato">
      <h4>Kato S et al. 2020 (Eur Spine J): the TES cohort and this patient’s subgroup</h4>
      <label class="field">
        Subgroup (Kato 2020, Table 3; only factors known before surgery)
        <select value={current?.factorId ?? ''} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
          {!current && <option value="">None known yet: whole cohort</option>}
          {options.map((s) => <option key={s.factorId} value={s.factorId}>{`${s.factor}: ${s.group} (n = ${s.n})`}</option>)}
        </select>
      </label>
      <KmChart
        title="Cancer-specific survival after TES (Kato 2020, Table 2; shaded: 95% band, log-log)"
        curves={[
          { label: 'All 10 patients (n = 10)', km: cohortKm, kind: 'cohort' },
          ...(current ? [{ label: `${current.factorId === 'ecog-post' ? 'If the patient recovers to ECOG 1' : `${current.factor}: ${current.group}`} (n = ${current.n})`, km: current.curve, kind: 'subgroup' as const }] : []),
        ]}
      />
      {current && (
        <p class="note">
          {current.factor}: {current.group}: n = {current.n}; {current.threeYearSurvivors.count} of {current.threeYearSurvivors.of} alive at 3 years
          {survivorsCi ? ` (${survivorsCi})` : ''};
          {' '}{[12, 36, 60].map((t) => { const p = current.curve.at(t); return `${t / 12}-year ${pct(p.survival)} (95% CI ${p.lower === null ? 'not computable' : `${pct(p.lower)}–${pct(p.upper)}`})`; }).join(', ')}.
        </p>
      )}
      {warn && <p class="note warn">{warn}</p>}
      {kato.outside.map((o) => <p key={o} class="note warn">{o}.</p>)}
    </div>
  );
}

const isCase = (m: CohortMatch) => m.design === 'case-report';
/** Figure lines shown before a tap: the planned treatment's headline figures. */
const HEAD_LINES = 3;
const Line = ({ l }: { l: TreatmentGroup['lines'][number] }) => <li class={l.disputed.length ? 'flagged' : undefined}>{rangeText(l)}</li>;

function Group({ g, kato }: { g: TreatmentGroup; kato: ProfileSubgroups | null }) {
  const matches = g.matches.filter((m) => !isCase(m));
  if (matches.length === 0) return null;
  return (
    <section class="treatment-group">
      <h4>{g.title}</h4>
      {g.lines.length > 0 && <ul class="ranges">{g.lines.slice(0, HEAD_LINES).map((l) => <Line key={l.key} l={l} />)}</ul>}
      {g.lines.length > HEAD_LINES && (
        <details class="subgroups">
          <summary style={TAP}>{g.lines.length - HEAD_LINES} more figure lines for {g.title.toLowerCase().replace(/\(tes\)/, '(TES)')}</summary>
          <ul class="ranges">{g.lines.slice(HEAD_LINES).map((l) => <Line key={l.key} l={l} />)}</ul>
        </details>
      )}
      {/* Each cohort's whole list is one tap away: the summary says what it is, n and design. */}
      {matches.map((m) => <Match key={m.cohort} m={m} open={false} />)}
      {/* The curve of 10 patients comes after the figures, never as the headline; one tap folds it. */}
      {kato && matches.some((m) => m.cohort === 'kato2020') && (
        <details class="subgroups km-wrap" open>
          <summary style={TAP}>Kaplan-Meier curve, Kato 2020 (10 patients; dashed where fewer than 10 are at risk)</summary>
          <KatoPanel kato={kato} />
        </details>
      )}
    </section>
  );
}

export default function Outcomes({ profile }: { profile: PatientProfile }) {
  const result = useMemo(() => matchOutcomes(profile), [JSON.stringify(profile)]);
  const studyRefs = useMemo(() => studyReferences(profile), [JSON.stringify(profile)]);
  const matched = result.status === 'matched' ? result : null;
  const cases = matched ? matched.matches.filter(isCase) : [];
  // A leiomyosarcoma cohort of the planned treatment is this patient's own histology: it leads.
  const lmsFirst = matched?.planned != null;
  const studiesView = <StudyOutcomes profile={profile} />;
  const refs = [...(matched ? referenceList(matched.matches.flatMap((m) => m.records)) : []), ...studyRefs];
  return (
    <div class="outcomes-body">
      {!lmsFirst && studiesView}
      {matched ? (
        <section class="lms-cohorts" aria-labelledby="lms-h">
          <h3 id="lms-h">Leiomyosarcoma cohorts</h3>
          {matched.planned ? (
            <>
              <p class="note">For the planned treatment:</p>
              <Group g={matched.planned} kato={matched.kato} />
            </>
          ) : (
            <p class="note">{matched.treatment ? 'No leiomyosarcoma cohort had the planned treatment; cohorts of other treatments are under “More”.' : 'No treatment chosen: the leiomyosarcoma cohorts are under “More”, by the treatment each had.'}</p>
          )}
        </section>
      ) : result.status === 'no-match' ? (
        <p class={result.reason === 'histology' ? 'note' : 'no-match'} role="status">{result.message}</p>
      ) : null}
      {lmsFirst && studiesView}
      <details class="more">
        <summary style={TAP}>More: {matched ? 'other treatments’ cohorts, case reports and ' : ''}the reference list</summary>
        {matched && matched.others.length > 0 && <h3>{matched.planned ? 'Other treatments (not the one being weighed)' : 'Leiomyosarcoma cohorts by treatment'}</h3>}
        {matched?.others.map((g) => <Group key={g.intervention} g={g} kato={matched.kato} />)}
        {cases.length > 0 && (
          <details class="case-reports">
            <summary style={TAP}>Case reports ({cases.length}): single patients, not series</summary>
            <h3>Case reports</h3>
            {cases.map((m) => <Match key={m.cohort} m={m} open={false} />)}
          </details>
        )}
        <h3>References</h3>
        <ol class="references">{refs.map((r) => <li key={r}>{r}</li>)}</ol>
        <p class="note">n is the number of patients behind each figure; where a paper gives none, the reason is shown.</p>
      </details>
    </div>
  );
}

/** The chart for the print: the Kato cohort and the patient's pre-operative subgroup, if matched. */
export function PrintChart({ profile }: { profile: PatientProfile }) {
  const result = useMemo(() => matchOutcomes(profile), [JSON.stringify(profile)]);
  const cohortKm = useMemo(() => kaplanMeier(katoObservations()), []);
  if (result.status === 'no-match' || !result.kato) return null;
  const current = result.kato.subgroups.find((s) => s.factorId === 'ecog-pre') ?? result.kato.subgroups[0] ?? null;
  const warn = current ? fewWarning(current.n) : null;
  return (
    <>
    <KmChart
      title="Cancer-specific survival after TES (Kato 2020, Table 2; shaded: 95% band, log-log)"
      curves={[
        { label: 'All 10 patients (n = 10)', km: cohortKm, kind: 'cohort' },
        ...(current ? [{ label: `${current.factor}: ${current.group} (n = ${current.n})`, km: current.curve, kind: 'subgroup' as const }] : []),
      ]}
    />
    {warn && <p class="print-warn">{current?.factor}: {current?.group}: {warn}</p>}
    </>
  );
}
