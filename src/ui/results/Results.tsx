// The results panel. At the top, in view on a tablet: each lesion's SINS, ESCC and NOMS pathway
// in a line or two (live regions naming the lesion), then the patient's TES verdict and its
// caveat. Below: each lesion's details (SINS points, ESCC definition, NOMS pillars).
import type { ComponentChildren } from 'preact';
import type { NomsRoute } from '../../clinical';
import { lesionEsccAnnouncement, type Derived, type LesionDerived } from '../../report';
import { useLiveDerived } from '../state/live';
import { SinsLine } from '../lesion/Sins';
import { esccDefinition } from '../lesion/Escc';
import { TesSummary } from './Tes';
import { useMemo } from 'preact/hooks';
import { memo } from '../state/memo';
import { useLazy, useWantedSoon } from '../state/useLazy';

type Breakdown = typeof import('../lesion/SinsBreakdown');


function EsccLine({ d }: { d: LesionDerived }) {
  const r = d.escc;
  return (
    <div class={`result-line result-escc ${!d.pending && r.status === 'graded' ? `tier-${r.tier}` : ''}`}>
      <output class={`announce ${r.status === 'contradiction' ? 'error' : ''}`} role="status" aria-live="polite">
        {lesionEsccAnnouncement(d)}
      </output>
    </div>
  );
}

export interface NomsView {
  route: NomsRoute;
  /** The pathway in one line, the stabilisation arm for instability included (prognosis-text.ts). */
  line: string;
  details: ComponentChildren;
}

interface Props {
  /** From the live answers: each lesion's SINS and ESCC lines. */
  d: Derived;
  /** From the answers at the last paint (useSettled.ts): NOMS, the TES verdict, the details. */
  settled?: Derived;
  nomsFor?: (l: LesionDerived) => NomsView;
  tesBeside?: ComponentChildren;
}

/** One lesion's lines; rendered again only when that lesion, or its NOMS view, changes. */
const LesionLines = memo(function LesionLines({ l: fromApp, n }: { l: LesionDerived; n: NomsView | undefined }) {
  // The SINS and ESCC lines from the answers as entered this moment (live.ts); NOMS follows after the paint.
  const l = useLiveDerived(fromApp);
  return (
    <section class="lesion-result" aria-label={`${l.title}: results`}>
      <h2 class="result-title">
        <a href={`#lesion-${l.n}`}>{l.title}</a>
      </h2>
      <SinsLine d={l} />
      <EsccLine d={l} />
      {n && (
        <p class="noms-route">
          NOMS (Laufer 2013): <strong>{n.line}</strong>
        </p>
      )}
    </section>
  );
});

// Closed until opened: its SINS points load at the first tap or key (the panel is in view from the start on a tablet).
const LesionDetails = memo(function LesionDetails({ l, n, parts }: { l: LesionDerived; n: NomsView | undefined; parts: Breakdown | null }) {
  return (
    <details class="result lesion-details">
      <summary>{l.title}: SINS points, ESCC grade, NOMS</summary>
      {parts && <parts.SinsBreakdown d={l} />}
      {!l.pending && l.escc.status === 'graded' && <p class="definition">ESCC {l.escc.grade}: {esccDefinition(l.escc.grade, l.neural)}.</p>}
      {n?.details}
    </details>
  );
});

export function Results({ d, settled = d, nomsFor, tesBeside }: Props) {
  const parts = useLazy(() => import('../lesion/SinsBreakdown'), useWantedSoon(''));
  // Each lesion's NOMS view is worked out once per lesion state (and per nomsFor).
  const kept = useMemo(() => new WeakMap<LesionDerived, NomsView | undefined>(), [nomsFor]);
  const noms = (l: LesionDerived) => {
    if (!kept.has(l)) kept.set(l, nomsFor?.(l));
    return kept.get(l);
  };
  const before = new Map(settled.lesions.map((l) => [l.lesion.id, l]));
  const nomsOf = (l: LesionDerived) => {
    const s = before.get(l.lesion.id);
    return s && noms(s);
  };
  return (
    <>
      {d.lesions.map((l) => (
        <LesionLines key={l.lesion.id} l={l} n={nomsOf(l)} />
      ))}
      <TesSummary result={settled.tes} lesions={settled.lesions} patient={settled.patient} beside={tesBeside} />
      <h2 class="result-title details-h">Details by lesion</h2>
      {settled.lesions.map((l) => (
        <LesionDetails key={l.lesion.id} l={l} n={noms(l)} parts={parts} />
      ))}
    </>
  );
}
