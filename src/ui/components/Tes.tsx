// TES indication criteria (seed 000, Methods): each criterion met, not met or not assessed, with
// its reason; the verdict in a live region.
import { ECOG_DESCRIPTIONS, ECOG_GRADES, type Ecog, type TesResult } from '../../clinical';
import type { Assessment } from '../../storage/assessment';
import { withAnswer } from '../answers';
import { Choice, YES_NO } from './Choice';
import { NumberField } from './NumberField';

type TesAnswers = Assessment['tes'];

export const ECOG_OPTIONS = ECOG_GRADES.map((g) => ({ value: g, label: `ECOG ${g}`, hint: ECOG_DESCRIPTIONS[g] }));

export function TesForm({ answers, onChange }: { answers: TesAnswers; onChange: (a: TesAnswers) => void }) {
  const set = <K extends keyof TesAnswers>(key: K, value: TesAnswers[K] | undefined) => onChange(withAnswer(answers, key, value));
  return (
    <section class="card" aria-labelledby="tes-h">
      <h2 id="tes-h">TES criteria <span class="subtitle">Total en bloc spondylectomy (Kanazawa)</span></h2>
      <p class="note">Levels come from the level picker above.</p>
      <NumberField id="tes-lesions" label="Number of spinal lesions" min={1} max={29} value={answers.spinalLesionCount} onChange={(v) => set('spinalLesionCount', v)} />
      <Choice<Ecog> name="tes-ecog" legend="ECOG performance status (now, before surgery)" options={ECOG_OPTIONS} value={answers.ecog} onChange={(v) => set('ecog', v)} />
      <NumberField
        id="tes-other"
        label="Metastases in other organs"
        hint="Count 0 when there are none."
        min={0}
        max={999}
        value={answers.otherOrganMetastases}
        onChange={(v) => set('otherOrganMetastases', v)}
      />
      <Choice name="tes-stable" legend="Systemic disease stable" layout="row" options={YES_NO} value={answers.systemicDiseaseStable} onChange={(v) => set('systemicDiseaseStable', v)} />
    </section>
  );
}

const VERDICT = {
  indicated: 'TES criteria all met',
  'not-indicated': 'TES criteria not met',
  incomplete: 'TES criteria not yet assessed in full',
} as const;
const STATUS = { met: 'Met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' } as const;

export function tesAnnouncement(r: TesResult): string {
  if (r.contradiction) return `TES: check the answers — ${r.contradiction}`;
  const open = r.criteria.filter((c) => c.status === 'not-assessed').length;
  return r.verdict === 'incomplete' ? `${VERDICT.incomplete}: ${open} of 4 not assessed` : VERDICT[r.verdict];
}

export function TesSummary({ result }: { result: TesResult }) {
  return (
    <section class={`result result-tes verdict-${result.verdict}`} aria-labelledby="tes-result-h">
      <h2 id="tes-result-h" class="result-title">TES</h2>
      <output class={`announce ${result.contradiction ? 'error' : ''}`} role="status" aria-live="polite">
        {tesAnnouncement(result)}
      </output>
      <ul class="criteria">
        {result.criteria.map((c) => (
          <li key={c.id} class={`criterion status-${c.status}`}>
            <span class="status-tag">{STATUS[c.status]}</span> <strong>{c.title}.</strong> {c.reason}
          </li>
        ))}
      </ul>
      {result.verdict === 'indicated' && (
        <p class="note">Criteria from Kato 2020 (seed 000): they describe whom that group offered TES, not a recommendation for this patient.</p>
      )}
    </section>
  );
}
