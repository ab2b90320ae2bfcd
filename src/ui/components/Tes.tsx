// TES indication criteria (Kato S et al. 2020, Methods): each criterion met, not met or not
// assessed, with its reason. Framed as "meets the criteria of that cohort", never a go-ahead:
// the criteria say whom one group offered TES, not whether this patient needs surgery.
import type { ComponentChildren } from 'preact';
import type { TesResult } from '../../clinical';
import type { LesionDerived } from '../../report/derive';

const COHORT = 'the Kato 2020 TES cohort (leiomyosarcoma, n = 10)';
const VERDICT = {
  indicated: `TES: meets the criteria of ${COHORT}`,
  'not-indicated': `TES: does not meet the criteria of ${COHORT}`,
  incomplete: 'TES criteria not yet assessed in full',
} as const;
const STATUS = { met: 'Met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' } as const;

export function tesAnnouncement(r: TesResult): string {
  if (r.contradiction) return `TES: check the answers — ${r.contradiction}`;
  const open = r.criteria.filter((c) => c.status === 'not-assessed').length;
  return r.verdict === 'incomplete' ? `${VERDICT.incomplete}: ${open} of 4 not assessed` : VERDICT[r.verdict];
}

/** Stable (SINS 0–6) and low-grade ESCC (0, 1a, 1b): nothing here calls for surgery. */
export function noSurgicalCall(lesions: readonly LesionDerived[]): boolean {
  return lesions.every((l) => !l.pending && l.sins.surgicalConsultation === false && l.escc.status === 'graded' && l.escc.tier === 'low');
}

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
