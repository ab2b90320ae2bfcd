// NOMS for one lesion: the four pillars and the pathway the framework points to, in plain words,
// with what is still missing and the citation.
import type { NomsSummary as Summary } from '../../clinical/prognosis';
import './prognosis.css';

export function NomsSummary({ summary, lesionLabel }: { summary: Summary; lesionLabel: string }) {
  const id = `noms-${lesionLabel.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
  return (
    <section class="noms" aria-labelledby={id}>
      <h3 id={id} class="sub-h">NOMS · {lesionLabel}</h3>
      <p class="noms-text">{summary.routeText}</p>
      <p class="consult">{summary.stabilisationText}</p>
      <dl class="pillars">
        <dt>Neurologic</dt><dd>{summary.neurologic}</dd>
        <dt>Oncologic</dt><dd>{summary.oncologic}</dd>
        <dt>Mechanical</dt><dd>{summary.mechanical}</dd>
        <dt>Systemic</dt><dd>{summary.systemic}</dd>
      </dl>
      {summary.missing.length > 0 && <p class="note warn">Still missing: {summary.missing.join('; ')}.</p>}
      <p class="note">Framework: {summary.citation}. It points to a pathway; the decision stays with the team.</p>
    </section>
  );
}
