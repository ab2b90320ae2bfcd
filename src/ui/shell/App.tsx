import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_LESIONS, isEmptyAssessment, isEmptyLesion, type Lesion as LesionT, type Patient } from '../../clinical';
import { addedLesion, changedLesion, removedLesion, withAnswer } from '../state/answers';
import { derive } from '../../report';
import { useAssessment } from '../state/useAssessment';
import { useSettled } from '../state/useSettled';
import { useScrollPaddingBar } from './useScrollPadding';
import { Live } from '../state/live';
import { useStorage } from './useStorage';
import { loadLater } from './later';
import { copyText } from './share';
import { useLazy, useWantedSoon } from '../state/useLazy';
import { PatientSlot } from '../patient/PatientSlot';
import { NoticesLayer } from './NoticesLayer';
import { LesionCard } from '../lesion/LesionCard';
import { Results } from '../results/Results';
import { JumpBar, SkipLinks } from './Jumps';
import { memo } from '../state/memo';
import type { OnPrognosisChoice } from '../results/Prognosis';

// A tap re-renders the lesion it changed and the results, not the other cards: each card is
// memoised on its own answers (derive() keeps a lesion's LesionDerived while it is unchanged).
const PatientCard = memo(PatientSlot);
const Lesion = memo(LesionCard);

/** The same object while its contents are the same (a profile, a prognosis), so memo() holds. */
function useSame<T>(value: T): T {
  const kept = useRef<{ value: T; key: string } | null>(null);
  if (kept.current?.value !== value) {
    const key = JSON.stringify(value);
    if (kept.current?.key !== key) kept.current = { value, key };
  }
  return (kept.current as { value: T }).value;
}

export function App() {
  const { storage, notice, unavailableMessage, keepingLine, want: wantStorage } = useStorage();
  // The saved cases' place coming near asks for storage too (useStorage: first tap, key or scroll).
  useEffect(() => {
    const place = document.getElementById('cases-soon');
    if (!place || typeof IntersectionObserver === 'undefined') return;
    const near = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && (near.disconnect(), wantStorage()), { rootMargin: '400px' });
    near.observe(place);
    return () => near.disconnect();
  }, []);
  const { assessment, live, painted, update, changeWithUndo, startNew, undo, undoable, replace, flush, saveFailed, setAside, fromOtherTab, openedId, setOpenedId } = useAssessment(storage, wantStorage);
  // A lesion's card, SINS and ESCC lines and glance render from the live answers at the tap
  // (live.ts); App renders after that paint, and TES, NOMS, prognosis, the evidence, saved cases
  // and print read `settled`, one paint behind a tap on the patient (useSettled.ts).
  const d = useMemo(() => derive(assessment), [assessment]);
  const settled = useSettled(assessment, painted);
  // Once App renders after the tap's paint, settled is the live answers: derived once, not twice.
  const sd = useMemo(() => (settled === assessment ? d : derive(settled)), [settled, d]);
  // The answers this moment, for what acts on them (save, copy, print): `assessment` may trail a tap by a paint.
  const current = useCallback(() => live.current, [live]);
  // The same profile while its contents are: the evidence is matched again only when it changes.
  const profile = useSame(sd.profile);
  // The phone's sticky bar: what is scrolled into view stops above it.
  const bar = useScrollPaddingBar();
  // The service worker's banners and the print sheet, after the load event.
  const later = useLazy(loadLater);
  const Print = useMemo(() => later && memo(later.PrintSheet), [later]);
  // Storage's messages can only arise once storage opens: their words load with it.
  const notices = useLazy(() => import('./Notices'), storage !== null || notice !== null);
  // The evidence base, the chart and the summary load once the clinician starts, not before.
  const evidenceWanted = useWantedSoon('outcomes-h') || !isEmptyAssessment(settled);
  const outcomes = useLazy(() => import('../outcomes/Outcomes'), evidenceWanted);
  const summary = useLazy(() => import('../../report/summary'), evidenceWanted);
  // Prognosis, NOMS and the validation figures load with the evidence, not before the first paint.
  const prognosisView = useLazy(() => import('../results/prognosis-view'), evidenceWanted);
  // prognosisFor reads the patient and each lesion's levels (vertebrae involved, spinal lesion
  // count; src/clinical/prognosis/from-patient.ts), never a lesion's SINS or ESCC answers: an
  // answer tap does not recompute it.
  const levelsKey = settled.lesions.map((l) => l.levels.join(' ')).join('|');
  const prognosis = useMemo(() => prognosisView?.prognosisFor(settled.patient, settled.lesions) ?? null, [prognosisView, settled.patient, levelsKey]);
  const prognosisShown = useSame(prognosis);
  const cards = useMemo(() => prognosisView && { Prognosis: memo(prognosisView.PrognosisCard), Bands: memo(prognosisView.BandOutcomes) }, [prognosisView]);
  // NOMS reads the patient (Frankel, fitness for surgery) and the prognosis, never the lesions
  // list: kept while those are unchanged, so Results keeps each lesion's NOMS view.
  const nomsFor = useMemo(
    () => (prognosisView && prognosisShown ? prognosisView.nomsFor(settled, prognosisShown) : undefined),
    [prognosisView, prognosisShown, settled.patient],
  );
  const tesBeside = useMemo(() => (prognosisView && prognosisShown ? <p class="note">{prognosisView.tomitaLine(prognosisShown)}.</p> : null), [prognosisView, prognosisShown]);
  const outcomesBody = useMemo(() => (outcomes ? <outcomes.default profile={profile} /> : null), [outcomes, profile]);
  // Saved cases sit below the fold: loaded once storage is open.
  const casesView = useLazy(() => import('../cases/cases-view'), storage !== null);
  const CasesView = useMemo(() => casesView && memo(casesView.Cases), [casesView]);
  // The print sheet follows the answers after each paint, never on the way to it.
  const [printText, setPrintText] = useState('');
  const [printProfile, setPrintProfile] = useState(profile);
  useEffect(() => {
    if (summary) setPrintText(summary.buildSummary(settled));
    setPrintProfile(profile);
  }, [summary, settled, profile]);
  const printChart = useMemo(() => (outcomes ? <outcomes.PrintChart profile={printProfile} /> : null), [outcomes, printProfile]);
  const references = useMemo(() => (summary ? summary.referencesFor(printProfile) : []), [summary, printProfile]);
  const onPrognosisChoice: OnPrognosisChoice = useCallback(
    (key, value) => update((a) => ({ ...a, patient: { ...a.patient, choices: withAnswer(a.patient.choices ?? {}, key, value as never) } })),
    [update],
  );
  const [copied, setCopied] = useState<string | null>(null);

  // Handlers kept per lesion (and per position, for the removal message), so memo() holds.
  const handlers = useMemo(() => new Map<string, unknown>(), [update, changeWithUndo]);
  const keep = <F,>(key: string, make: () => F): F => {
    if (!handlers.has(key)) handlers.set(key, make());
    return handlers.get(key) as F;
  };
  const changeLesion = (id: string) =>
    keep(`c${id}`, () => (change: (l: LesionT) => LesionT) => update((a) => changedLesion(a, id, change)));
  const removeLesion = (id: string, n: number) =>
    keep(`r${id}:${n}`, () => () =>
      changeWithUndo(`Lesion ${n} removed.`, (a) => removedLesion(a, id)),
    );
  const changePatient = useCallback((change: (p: Patient) => Patient) => update((a) => ({ ...a, patient: change(a.patient) })), [update]);
  const addLesion = () => {
    update((a) => addedLesion(a));
    // Take the clinician to the new lesion's levels, in this tap's own task (Preact renders in a
    // microtask queued before this one): a focus a frame later scrolled the page under the next tap.
    void Promise.resolve().then(() => document.getElementById(`l${current().lesions.length}-levels-input`)?.focus());
  };

  const printNow = async () => {
    // The print sheet loads after the load event: wait for it (and its render) before printing.
    const [, s] = await Promise.all([loadLater(), summary ?? import('../../report/summary')]);
    setPrintText(s.buildSummary(current()));
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  // The clipboard is written in the click itself (share.ts): nothing awaited before the write.
  const copySummary = (full = false) => {
    const a = current();
    const text = summary ? summary.buildSummary(a, { full }) : import('../../report/summary').then((s) => s.buildSummary(a, { full }));
    return copyText(text, setCopied);
  };

  return (
    <Live.Provider value={live}>
      <header class="app-header">
        <h1>Spinal metastasis calculator</h1>
        <div class="actions">
          <button type="button" onClick={startNew}>New assessment</button>
          <button type="button" onClick={() => copySummary()}>Copy summary</button>
          <button type="button" onClick={printNow}>Print</button>
        </div>
        <p class="storage-status" role="status">
          {storage === null
            ? // Before storage opens (a first visit: at the first tap), what is already true.
              unavailableMessage || 'Nothing you enter leaves this device.'
            : saveFailed
              ? ''
              : !storage.persistent
                ? unavailableMessage
                : keepingLine}
        </p>
        <NoticesLayer>
          {notices && <notices.Notices saveFailed={saveFailed} setAside={setAside} fromOtherTab={fromOtherTab} notice={notice} />}
          {later ? <later.PwaBanner beforeUpdate={flush} /> : <div class="pwa-banners" />}
        </NoticesLayer>
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
          {notices && assessment.notes && assessment.notes.length > 0 && (
            <notices.CarriedNotes notes={assessment.notes} onDone={() => update((a) => ({ patient: a.patient, lesions: a.lesions }))} />
          )}
          <SkipLinks lesions={d.lesions} />
          {d.lesions.map((l) => (
            <Lesion
              key={l.lesion.id}
              d={l}
              onChange={changeLesion(l.lesion.id)}
              onRemove={d.lesions.length > 1 || !isEmptyLesion(l.lesion) ? removeLesion(l.lesion.id, l.n) : undefined}
            />
          ))}
          <div class="add-lesion">
            <button type="button" onClick={addLesion} disabled={assessment.lesions.length >= MAX_LESIONS}>Add lesion</button>
            <p class="note">Score each spinal lesion on its own; SINS totals of separate lesions are never added.</p>
          </div>
          {/* After the lesions: a ward's "is this unstable?" needs no patient facts; TES and prognosis, below, do. */}
          <PatientCard patient={assessment.patient} onChange={changePatient} />
          {cards && prognosisShown ? (
            <cards.Prognosis
              result={prognosisShown}
              onChoice={onPrognosisChoice}
            />
          ) : (
            <section class="card" aria-labelledby="prognosis-h">
              <h2 id="prognosis-h">Prognosis</h2>
              <p class="note">Revised Tokuhashi, Tomita, modified Bauer and NESMS appear here from the answers above.</p>
            </section>
          )}
        </main>
        <aside class="results" id="results" aria-label="Results" tabIndex={0}>
          <Results d={d} settled={sd} tesBeside={tesBeside} nomsFor={nomsFor} />
          <p class="results-links"><a href="#prognosis-h">Prognosis</a> · <a href="#outcomes-h">Matched outcomes</a></p>
        </aside>
      </div>
      <section class="outcomes card" aria-labelledby="outcomes-h">
        <h2 id="outcomes-h">Matched outcomes from the literature</h2>
        {outcomesBody ?? <p class="note">Loading the evidence base…</p>}
        {cards && prognosisShown && (
          <section aria-labelledby="bands-h">
            <h3 id="bands-h">By prognostic band, any primary</h3>
            <p class="note">What cohorts in this patient’s decided bands lived, study by study: the spread between studies is the message; nothing is pooled.</p>
            <cards.Bands prognosis={prognosisShown} />
          </section>
        )}
        <button type="button" class="secondary" onClick={() => copySummary(true)}>Copy summary with the full evidence list</button>
      </section>
      {storage && CasesView ? (
        <div class="cases-wrap">
          <CasesView storage={storage} assessment={settled} current={current} openedId={openedId} onOpen={replace} onOpenedChange={setOpenedId} />
        </div>
      ) : (
        // Until storage opens (on a first visit, at the first tap, key or scroll, or as this
        // comes near): the section's place, named as it will be, at the foot of the page.
        <div class="cases-wrap">
          <section class="card cases" aria-labelledby="cases-h" id="cases-soon">
            <h2 id="cases-h">Saved cases <span class="subtitle">on this device only</span></h2>
            <p class="note">{unavailableMessage || 'They open here as you start: your first tap, key or scroll.'}</p>
          </section>
        </div>
      )}
      <JumpBar lesions={d.lesions} bar={bar} onCopy={() => copySummary()} />
      {Print && <Print text={printText} references={references} chart={printChart} />}
      <footer class="app-footer">
        <p>Version {__APP_BUILD__}. Decision support, not a decision. SINS: Fisher 2010. ESCC: Bilsky 2010. TES criteria: Kato 2020. Outcome figures: each cited where shown, with its reference.</p>
      </footer>
    </Live.Provider>
  );
}
