// TES indication criteria (Kato S et al. 2020, Methods): each criterion met, not met or not
// assessed, with its reason. The wording is src/report/announce.ts's. When nothing calls for
// surgery the finding heads the panel and the criteria read as a description of that cohort:
// no bold verdict, no green "Met".
import type { ComponentChildren } from 'preact';
import type { Patient, TesResult } from '../../clinical';
import { tesFraming, type LesionDerived } from '../../report';
import { useLazy } from '../state/useLazy';

const STATUS = { met: 'Met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' } as const;

interface Props {
  result: TesResult;
  lesions: readonly LesionDerived[];
  patient?: Pick<Patient, 'histology' | 'primarySite' | 'frankel'>;
  beside?: ComponentChildren;
}

export function TesSummary({ result, lesions, patient = {}, beside }: Props) {
  // The histology's full name (for the cohort caveat) loads once a histology is chosen.
  const names = useLazy(() => import('../../report/histology'), patient.histology !== undefined);
  const f = tesFraming(result, lesions, patient, names?.histologyText);
  return (
    <section class={`result result-tes verdict-${result.verdict}${f.finding ? ' tes-quiet' : ''}`} aria-labelledby="tes-result-h">
      <h2 id="tes-result-h" class="result-title">TES criteria <span class="subtitle">Total en bloc spondylectomy (Kanazawa)</span></h2>
      {f.finding ? (
        <output role="status" aria-live="polite">
          <span class="announce">{f.finding}</span> <span class="tes-verdict">{f.verdict}; {f.meaning}.</span>
        </output>
      ) : (
        <output class={`announce ${result.contradiction ? 'error' : ''}`} role="status" aria-live="polite">
          {f.verdict}
        </output>
      )}
      {f.cohort && <p class="note caveat">{f.cohort}</p>}
      {!f.finding && <p class="note caveat">The criteria describe whom the Kanazawa group offered TES for metastatic leiomyosarcoma (Kato 2020): not a recommendation for this patient.</p>}
      <ul class="criteria">
        {result.criteria.map((c) =>
          f.finding ? (
            <li key={c.id} class="criterion">
              {c.title}: {STATUS[c.status].toLowerCase()}. {c.reason}
            </li>
          ) : (
            <li key={c.id} class={`criterion status-${c.status}`}>
              <span class="status-tag">{STATUS[c.status]}</span> <strong>{c.title}.</strong> {c.reason}
            </li>
          ),
        )}
      </ul>
      {beside}
    </section>
  );
}
