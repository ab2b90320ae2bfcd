// One lesion: its levels, SINS findings and ESCC findings, in a region named "Lesion N · levels".
// Findings entered for other levels wait, visibly marked, until confirmed or cleared.
import { clearFindings, confirmFindings, withLevels, type Lesion, type SinsComponent } from '../../clinical';
import { answeredEscc, answeredSins } from '../state/answers';
import type { LesionDerived } from '../../report';
import { useLiveDerived } from '../state/live';
import { LevelPicker } from './LevelPicker';
import { SinsForm } from './Sins';
import { EsccForm } from './Escc';

interface Props {
  d: LesionDerived;
  onChange: (change: (l: Lesion) => Lesion) => void;
  /** Absent while this is the only lesion and nothing is entered in it. */
  onRemove?: () => void;
}

export function LesionCard({ d: fromApp, onChange, onRemove }: Props) {
  // The answers as entered this moment: App's props follow after the paint (live.ts).
  const d = useLiveDerived(fromApp);
  const id = `l${d.n}`;
  const { lesion, pending } = d;
  const setSins = (c: SinsComponent, value: string | undefined) => onChange((l) => answeredSins(l, c, value));
  return (
    <section class="card lesion" id={`lesion-${d.n}`} aria-labelledby={`${id}-h`}>
      <div class="lesion-head">
        <h2 id={`${id}-h`}>{d.title}</h2>
        {onRemove && (
          <button type="button" class="quiet" onClick={onRemove}>
            Remove lesion<span class="visually-hidden"> {d.n}</span>
          </button>
        )}
      </div>
      <LevelPicker id={id} levels={lesion.levels} error={d.levelsError} onChange={(levels) => onChange((l) => withLevels(l, typeof levels === 'function' ? levels(l.levels) : levels))} />
      {pending && (
        <div class="banner pending" role="alert">
          <p>
            <strong>Findings entered for {pending.enteredFor}: confirm for {pending.now}.</strong> No SINS or ESCC is given for this lesion until
            you confirm that these findings describe {pending.now}, or clear them.
          </p>
          <button type="button" onClick={() => onChange(confirmFindings)}>Confirm for {pending.now}</button>{' '}
          <button type="button" onClick={() => onChange(clearFindings)}>Clear findings</button>
        </div>
      )}
      <SinsForm id={id} findings={d.sinsFindings} location={d.location} levelsError={d.levelsError} onChange={setSins} />
      <EsccForm
        id={id}
        findings={lesion.escc}
        neural={d.neural}
        result={pending ? null : d.escc}
        onChange={(escc) => onChange((l) => answeredEscc(l, escc))}
      />
    </section>
  );
}
