// Everything prognostic the screen shows, loaded once the clinician starts (not on the first
// paint): the scores from the patient and lesions, each lesion's NOMS pathway, the Tomita line
// beside TES, and the card with its validation figures.
import { prognosisFor, type Assessment, type PrognosisFor } from '../../clinical';
import type { LesionDerived } from '../../report';
import type { NomsView } from './Results';
import { NomsSummary } from './Noms';
import { lesionNoms, tomitaLine } from '../../report/prognosis-text';

export { PrognosisCard, BandOutcomes } from './Prognosis';
export { prognosisFor, tomitaLine };

export function nomsFor(a: Assessment, prognosis: PrognosisFor) {
  return (l: LesionDerived): NomsView => {
    const { summary, line } = lesionNoms(a, l, prognosis);
    return { route: summary.route, line, details: <NomsSummary lesionLabel={l.title} summary={summary} /> };
  };
}
