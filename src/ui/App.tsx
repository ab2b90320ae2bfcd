import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_LESIONS, emptyLesion, isEmptyAssessment, isEmptyLesion, type Lesion } from '../clinical';
import { withAnswer } from './answers';
import { derive, lesionGlance } from './derive';
import { useAssessment } from './useAssessment';
import { useStorage } from './useStorage';
import { PwaBanner } from './components/PwaBanner';
import { useLazy, useWantedSoon } from './useLazy';
import { PatientForm } from './components/PatientForm';
import { LesionCard } from './components/LesionCard';
import { Results } from './components/Results';
import { PrintSheet } from './components/PrintSheet';

export function App() {
  const { storage, notice, unavailableMessage } = useStorage();
  const { assessment, update, changeWithUndo, startNew, undo, undoable, replace, flush, saveFailed, setAside, fromOtherTab, openedId, setOpenedId } = useAssessment(storage);
  const d = useMemo(() => derive(assessment), [assessment]);
  // The evidence base, the chart and the summary load once the clinician starts, not before.
  const evidenceWanted = useWantedSoon('outcomes-h') || !isEmptyAssessment(assessment);
  const outcomes = useLazy(() => import('./components/Outcomes'), evidenceWanted);
  const summary = useLazy(() => import('./summary'), evidenceWanted);
  // Prognosis, NOMS and the validation figures load with the evidence, not before the first paint.
  const prognosisView = useLazy(() => import('./prognosis-view'), evidenceWanted);
  const prognosis = useMemo(() => prognosisView?.prognosisFor(assessment.patient, assessment.lesions) ?? null, [prognosisView, assessment]);
  // Saved cases sit below the fold: loaded once storage is open.
  const casesView = useLazy(() => import('./components/Cases'), storage !== null);
  const [printText, setPrintText] = useState('');
  useEffect(() => {
    if (summary) setPrintText(summary.buildSummary(assessment));
  }, [summary, assessment]);
  const [copied, setCopied] = useState<string | null>(null);

  const changeLesion = (id: string) => (change: (l: Lesion) => Lesion) =>
    update((a) => ({ ...a, lesions: a.lesions.map((l) => (l.id === id ? change(l) : l)) }));
  const removeLesion = (id: string, n: number) =>
    changeWithUndo(`Lesion ${n} removed.`, (a) => {
      const rest = a.lesions.filter((l) => l.id !== id);
      return { ...a, lesions: rest.length ? rest : [emptyLesion()] };
    });
  const addLesion = () => {
    update((a) => (a.lesions.length >= MAX_LESIONS ? a : { ...a, lesions: [...a.lesions, emptyLesion()] }));
    // Take the clinician to the new lesion's levels.
    requestAnimationFrame(() => document.getElementById(`l${assessment.lesions.length + 1}-levels-input`)?.focus());
  };

  const printNow = async () => {
    if (!summary) setPrintText((await import('./summary')).buildSummary(assessment));
    requestAnimationFrame(() => window.print());
  };

  const copySummary = async (full = false) => {
    const { buildSummary } = summary ?? (await import('./summary'));
    const text = buildSummary(assessment, { full });
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Summary copied: paste it into the clinical note.');
    } catch {
      setCopied('Copying was refused by the browser: select the summary below and copy it.');
      const area = document.getElementById('summary-fallback') as HTMLTextAreaElement | null;
      if (area) {
        area.value = text;
        area.hidden = false;
        area.select();
      }
    }
  };

  return (
    <>
      <header class="app-header">
        <h1>Spinal metastasis calculator</h1>
        <div class="actions">
          <button type="button" onClick={startNew}>New assessment</button>
          <button type="button" onClick={() => copySummary()}>Copy summary</button>
          <button type="button" onClick={printNow}>Print</button>
        </div>
        <p class="storage-status" role="status">
          {storage === null
            ? ''
            : saveFailed
              ? ''
              : !storage.persistent
                ? unavailableMessage
                : 'Answers are saved on this device as you enter them. Nothing leaves it.'}
        </p>
        {saveFailed && (
          <p class="banner" role="alert">The last answers could not be saved on this device (storage full or refused): they are on screen only. Copy the summary before closing.</p>
        )}
        {setAside.length > 0 && (
          <p class="banner" role="alert">
            Some saved answers could not be read and were set aside: {setAside.join('; ')}. Everything else was restored; enter those again.
          </p>
        )}
        {fromOtherTab && <p class="toast" role="status">Answers entered in another tab of the calculator are shown here too.</p>}
        {notice === 'blocked' && (
          <p class="banner" role="alert">The calculator is open in another tab with an older version. Close that tab to finish updating; your answers here are safe.</p>
        )}
        {notice === 'blocking' && (
          <p class="banner" role="alert">A newer version was opened in another tab. Reload this tab to go on saving. <button type="button" onClick={() => location.reload()}>Reload</button></p>
        )}
        <PwaBanner beforeUpdate={flush} />
        {undoable && (
          <p class="toast" role="status">
            {undoable.message}{' '}
            <button type="button" onClick={undo}>Undo</button>
          </p>
        )}
        {copied && <p class="toast" role="status">{copied}</p>}
        <textarea id="summary-fallback" hidden readOnly aria-label="Summary text" />
      </header>
      <div class="layout">
        <main class="inputs" id="inputs">
          {assessment.notes && assessment.notes.length > 0 && (
            <div class="banner" role="status">
              <p><strong>Carried from an earlier version: check these answers.</strong></p>
              <ul>{assessment.notes.map((n) => <li key={n}>{n}</li>)}</ul>
              <button type="button" onClick={() => update((a) => ({ patient: a.patient, lesions: a.lesions }))}>Done</button>
            </div>
          )}
          <PatientForm patient={assessment.patient} onChange={(change) => update((a) => ({ ...a, patient: change(a.patient) }))} />
          {d.lesions.map((l) => (
            <LesionCard
              key={l.lesion.id}
              d={l}
              onChange={changeLesion(l.lesion.id)}
              onRemove={d.lesions.length > 1 || !isEmptyLesion(l.lesion) ? () => removeLesion(l.lesion.id, l.n) : undefined}
            />
          ))}
          <div class="add-lesion">
            <button type="button" onClick={addLesion} disabled={assessment.lesions.length >= MAX_LESIONS}>Add lesion</button>
            <p class="note">Score each spinal lesion on its own; SINS totals of separate lesions are never added.</p>
          </div>
          {prognosisView && prognosis ? (
            <prognosisView.PrognosisCard
              result={prognosis}
              onChoice={(key, value) => update((a) => ({ ...a, patient: { ...a.patient, choices: withAnswer(a.patient.choices ?? {}, key, value as never) } }))}
            />
          ) : (
            <section class="card" aria-labelledby="prognosis-h">
              <h2 id="prognosis-h">Prognosis</h2>
              <p class="note">Revised Tokuhashi, Tomita, modified Bauer and NESMS appear here from the answers above.</p>
            </section>
          )}
        </main>
        <aside class="results" id="results" aria-label="Results" tabIndex={0}>
          <Results
            d={d}
            tesBeside={prognosisView && prognosis ? <p class="note">{prognosisView.tomitaLine(prognosis)}.</p> : null}
            nomsFor={prognosisView && prognosis ? prognosisView.nomsFor(assessment, prognosis) : undefined}
          />
          <p class="results-links"><a href="#outcomes-h">Matched outcomes</a></p>
        </aside>
      </div>
      <section class="outcomes card" aria-labelledby="outcomes-h">
        <h2 id="outcomes-h">Matched outcomes from the literature</h2>
        {outcomes ? <outcomes.default profile={d.profile} /> : <p class="note">Loading the evidence base…</p>}
        {prognosisView && prognosis && (
          <section aria-labelledby="bands-h">
            <h3 id="bands-h">By prognostic band, any primary</h3>
            <p class="note">What cohorts in this patient’s decided bands lived, study by study: the spread between studies is the message; nothing is pooled.</p>
            <prognosisView.BandOutcomes prognosis={prognosis} />
          </section>
        )}
        <button type="button" class="secondary" onClick={() => copySummary(true)}>Copy summary with the full evidence list</button>
      </section>
      {storage && casesView && (
        <div class="cases-wrap">
          <casesView.Cases storage={storage} assessment={assessment} openedId={openedId} onOpen={replace} onOpenedChange={setOpenedId} />
        </div>
      )}
      <nav class="jump" aria-label="Results at a glance">
        <a href="#results">
          <span>Results</span>
        </a>
        {d.lesions.map((l) => (
          <span key={l.lesion.id} class={`glance band-${l.pending ? 'open' : (l.sins.category ?? 'open')}`}>{lesionGlance(l)}</span>
        ))}
        <span class="jump-actions">
          <button type="button" onClick={startNew}>New</button>
          <button type="button" onClick={() => copySummary()}>Copy</button>
          <button type="button" onClick={printNow}>Print</button>
        </span>
      </nav>
      <PrintSheet
        text={printText}
        references={summary ? summary.referencesFor(d.profile) : []}
        chart={outcomes ? <outcomes.PrintChart profile={d.profile} /> : null}
      />
      <footer class="app-footer">
        <p>Version {__APP_BUILD__}. Decision support, not a decision. SINS: Fisher 2010. ESCC: Bilsky 2010. TES criteria: Kato 2020. Outcome figures: each cited where shown, with its reference.</p>
      </footer>
    </>
  );
}
