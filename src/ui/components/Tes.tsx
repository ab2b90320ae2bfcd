// TES indication criteria (Kato S et al. 2020, Methods): each criterion met, not met or not
// assessed, with its reason. The wording is src/report/announce.ts's.
import type { ComponentChildren } from 'preact';
import type { TesResult } from '../../clinical';
import { noSurgicalCall, tesAnnouncement, type LesionDerived } from '../../report';

const STATUS = { met: 'Met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' } as const;

export function TesSummary({ result, lesions, beside }: { result: TesResult; lesions: readonly LesionDerived[]; beside?: ComponentChildren }) {
  const quiet = noSurgicalCall(lesions);
  return (
    <section class={`result result-tes verdict-${result.verdict}`} aria-labelledby="tes-result-h">
      <h2 id="tes-result-h" class="result-title">TES criteria <span class="subtitle">Total en bloc spondylectomy (Kanazawa)</span></h2>
      <output class={`announce ${result.contradiction ? 'error' : ''}`} role="status" aria-live="polite">
        {tesAnnouncement(result)}
      </output>
      <p class="note caveat">
        {quiet
          ? 'SINS 6 or less and low-grade ESCC: neither the instability nor the compression calls for surgery. The criteria below describe whom that group offered TES; they do not say surgery is needed.'
          : 'The criteria describe whom the Kanazawa group offered TES for metastatic leiomyosarcoma (Kato 2020): not a recommendation for this patient.'}
      </p>
      <ul class="criteria">
        {result.criteria.map((c) => (
          <li key={c.id} class={`criterion status-${c.status}`}>
            <span class="status-tag">{STATUS[c.status]}</span> <strong>{c.title}.</strong> {c.reason}
          </li>
        ))}
      </ul>
      {beside}
    </section>
  );
}
