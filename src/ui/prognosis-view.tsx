// Everything prognostic the screen shows, loaded once the clinician starts (not on the first
// paint): the scores from the patient and lesions, each lesion's NOMS pathway, the Tomita line
// beside TES, and the card with its validation figures.
import { nomsSummary, prognosisFor, type Assessment, type PrognosisFor } from '../clinical';
import type { LesionDerived } from './derive';
import type { NomsView } from './components/Results';
import { NomsSummary } from './components/Noms';
import { nomsLine, tokuhashiLine, tomitaLine } from './prognosis-text';

export { PrognosisCard, BandOutcomes } from './components/Prognosis';
export { prognosisFor, tomitaLine };

export function nomsFor(a: Assessment, prognosis: PrognosisFor) {
  return (l: LesionDerived): NomsView => {
    const summary = nomsSummary({
      escc: !l.pending && l.escc.status === 'graded' ? l.escc.grade : null,
      ...(a.patient.frankel ? { frankel: a.patient.frankel } : {}),
      radiosensitivity: prognosis.radiosensitivity.value,
      sins: l.pending ? null : l.sins,
      fitForSurgery: a.patient.fitForSurgery ?? null,
      neuralLevel: l.neural,
      prognosis: tokuhashiLine(prognosis),
    });
    return { route: summary.route, line: nomsLine(summary, a.patient.fitForSurgery === undefined), details: <NomsSummary lesionLabel={l.title} summary={summary} /> };
  };
}
