// A lesion's SINS points and the consultation threshold, shown in its closed "Details by lesion"
// (Results.tsx): no part of the first screen, so it loads at the first tap (useWantedSoon).
import { SINS_COMPONENTS, type SinsComponent } from '../../clinical';
import type { LesionDerived } from '../../report';
import { SinsLine, pts } from './Sins';

const SHORT: Record<SinsComponent, string> = {
  location: 'Location',
  pain: 'Pain',
  boneLesion: 'Bone lesion',
  alignment: 'Alignment',
  collapse: 'Collapse',
  posterolateral: 'Posterolateral',
};

/** Every component's points and the consultation threshold. */
export function SinsBreakdown({ d }: { d: LesionDerived }) {
  const result = d.sins;
  if (d.pending) return <p class="note">Findings entered for {d.pending.enteredFor}: confirm them for {d.pending.now} to score.</p>;
  return (
    <div class={`result-sins band-${result.category ?? 'open'}`}>
      <meter class="sins-meter" min={0} max={18} low={6.5} high={12.5} optimum={0} value={result.total ?? result.min} aria-hidden="true" />
      <p class="consult">
        {result.surgicalConsultation === true
          ? 'SINS 7 or more: surgical consultation is recommended (a threshold for consultation, not an indication for surgery).'
          : result.surgicalConsultation === false
            ? 'SINS 6 or less: stable; no surgical consultation needed for instability.'
            : 'Whether surgical consultation is recommended (7 or more) depends on the unanswered items.'}
      </p>
      <dl class="breakdown">
        {SINS_COMPONENTS.map((c) => (
          <div key={c}>
            <dt>{SHORT[c]}</dt>
            <dd>{result.points[c] !== undefined ? pts(result.points[c] as number) : 'not answered'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The live line and the breakdown together (tests and single-lesion views). */
export function SinsSummary({ d }: { d: LesionDerived }) {
  return (
    <div class="result">
      <SinsLine d={d} />
      <SinsBreakdown d={d} />
    </div>
  );
}
