// The results panel: every lesion's SINS and ESCC, then the patient's TES criteria. Each
// lesion's line is a live region that names the lesion.
import type { ComponentChildren } from 'preact';
import type { Derived, LesionDerived } from '../derive';
import { SinsSummary } from './Sins';
import { esccAnnouncement, esccDefinition } from './Escc';
import { TesSummary } from './Tes';

function EsccLine({ d }: { d: LesionDerived }) {
  const r = d.escc;
  const who = `Lesion ${d.n}${d.levelsText ? ` (${d.levelsText})` : ''}`;
  const text = d.pending ? `${who}: ESCC not shown until the findings are confirmed` : `${who}: ${esccAnnouncement(r, d.neural)}`;
  return (
    <div class={`result result-escc ${!d.pending && r.status === 'graded' ? `tier-${r.tier}` : ''}`}>
      <output class={`announce ${r.status === 'contradiction' ? 'error' : ''}`} role="status" aria-live="polite">
        {text}
      </output>
      {!d.pending && r.status === 'graded' && <p class="definition">{esccDefinition(r.grade, d.neural)}.</p>}
    </div>
  );
}

interface Props {
  d: Derived;
  nomsFor?: (l: LesionDerived) => ComponentChildren;
  tesBeside?: ComponentChildren;
}

export function Results({ d, nomsFor, tesBeside }: Props) {
  return (
    <>
      {d.lesions.map((l) => (
        <section key={l.lesion.id} class="lesion-result" aria-label={`${l.title}: results`}>
          <h2 class="result-title">
            <a href={`#lesion-${l.n}`}>{l.title}</a>
          </h2>
          <SinsSummary d={l} />
          <EsccLine d={l} />
          {nomsFor?.(l)}
        </section>
      ))}
      <TesSummary result={d.tes} lesions={d.lesions} beside={tesBeside} />
    </>
  );
}
