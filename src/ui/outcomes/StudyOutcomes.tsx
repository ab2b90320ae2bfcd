// The trials and series a tumour board quotes, grouped by the board's question, each with why it
// applies to this patient, what is not known and what does not fit, and its figures with n,
// time origin and a citation a clinician can follow. The question of the treatment being
// weighed is open; the others are one tap away.
import { useMemo } from 'preact/hooks';
import { applicableStudies, type StudyMatch } from '../../evidence/applicability';
import type { PatientProfile } from '../../evidence/profile';
import { figureRows, originWords, studyCitation, studyMeta, studyN, studyValue } from '../../evidence/study-text';
import type { StudyFigure } from '../../evidence/study-schema';

/** A summary is a touch target: 44 px tall (WCAG 2.5.8), set through the CSSOM as the page's CSP allows. */
export const TAP = { minHeight: '44px', paddingTop: '10px', boxSizing: 'border-box' as const };

function Row({ label, figures, cite }: { label: string; figures: StudyFigure[]; cite: string }) {
  const f0 = figures[0] as StudyFigure;
  return (
    <li class="figure">
      <span class="figure-label">{label}</span>:{' '}
      {figures.map((f, i) => (
        <span key={f.id}>
          {i > 0 && '; '}
          {f.arm && `${f.arm} `}
          <strong>{studyValue(f)}</strong>
        </span>
      ))}
      <div class="provenance">{figures.map(studyN).join('; ')} · {originWords(f0)} · {cite}</div>
      {figures.map((f) => f.note && <div key={f.id} class="provenance">{f.note}</div>)}
    </li>
  );
}

function StudyCard({ m }: { m: StudyMatch }) {
  const s = m.study;
  const rows = figureRows(s);
  const [head, ...rest] = rows;
  return (
    <article class="match study" aria-label={s.name} data-study={s.id}>
      <div class="match-title">{s.name}: {s.compared}</div>
      <div class="match-meta">{studyMeta(s)} · {studyCitation(s)}{m.status === 'partly' ? ' · applies in part' : ''}</div>
      {m.why.length > 0 && <p class="shared"><strong>Why it matches:</strong> {m.why.join('; ')}.</p>}
      {m.misfit.length > 0 && <p class="differs"><strong>Does not fit:</strong> {m.misfit.join('; ')}.</p>}
      {m.unknown.length > 0 && <p class="differs"><strong>Not known here:</strong> {m.unknown.join('; ')}.</p>}
      {m.caveats.length > 0 && <p class="differs"><strong>Check:</strong> {m.caveats.join('; ')}.</p>}
      {head && <ul class="figures"><Row label={head.label} figures={head.figures} cite={studyCitation(s, head.figures[0])} /></ul>}
      {rest.length > 0 && (
        <details class="subgroups">
          <summary>{rest.length} more figure{rest.length === 1 ? '' : 's'} from {s.name}</summary>
          <ul class="figures">{rest.map((r) => <Row key={r.label} label={r.label} figures={r.figures} cite={studyCitation(s, r.figures[0])} />)}</ul>
        </details>
      )}
    </article>
  );
}

export function StudyOutcomes({ profile }: { profile: PatientProfile }) {
  const a = useMemo(() => applicableStudies(profile), [JSON.stringify(profile)]);
  if (a.groups.length === 0) {
    return <p class="note" role="status">No trial or series in the evidence base applies yet: enter the lesion’s levels, the primary and the ESCC grade.</p>;
  }
  return (
    <section class="studies" aria-labelledby="studies-h">
      <h3 id="studies-h">Trials and series, by the board’s question</h3>
      {a.groups.map((g, i) => (
        <details key={g.question} class="question" open={i === 0} data-question={g.question}>
          <summary style={TAP}>
            <strong>{g.title}</strong> {g.matches.map((m) => `${m.study.name} (n = ${m.study.n}${m.status === 'partly' ? ', in part' : ''})`).join(' · ')}
          </summary>
          {g.matches.map((m) => <StudyCard key={m.study.id} m={m} />)}
        </details>
      ))}
    </section>
  );
}
