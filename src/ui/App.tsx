import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SinsComponent } from '../clinical';
import { isEmptyAssessment } from '../storage';
import { derive, shortStatus } from './derive';
import { withAnswer } from './answers';
import { useAssessment } from './useAssessment';
import { useStorage } from './useStorage';
import { Cases } from './components/Cases';
import { PwaBanner } from './components/PwaBanner';
import { useLazy, useWantedSoon } from './useLazy';
import { LevelPicker } from './components/LevelPicker';
import { SinsForm, SinsSummary } from './components/Sins';
import { EsccForm, EsccSummary } from './components/Escc';
import { TesForm, TesSummary } from './components/Tes';
import { PatientForm } from './components/PatientForm';

export function App() {
  const { storage, notice } = useStorage();
  const { assessment, update, startNew, undo, undoable, replace, flush, saveFailed } = useAssessment(storage);
  const d = useMemo(() => derive(assessment), [assessment]);
  // The evidence base, the chart and the summary load once the clinician starts, not before.
  const evidenceWanted = useWantedSoon('outcomes-h') || !isEmptyAssessment(assessment);
  const outcomes = useLazy(() => import('./components/Outcomes'), evidenceWanted);
  const summary = useLazy(() => import('./summary'), evidenceWanted);
  const [printText, setPrintText] = useState('');
  useEffect(() => {
    if (summary) setPrintText(summary.buildSummary(assessment));
  }, [summary, assessment]);
  const [copied, setCopied] = useState<string | null>(null);

  const setSins = (c: SinsComponent, value: string | undefined) =>
    update((a) => ({ ...a, sins: withAnswer(a.sins as Record<string, string>, c, value) }));

  const copySummary = async () => {
    const { buildSummary } = summary ?? (await import('./summary'));
    const text = buildSummary(assessment);
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
          <button type="button" onClick={copySummary}>Copy summary</button>
          <button
            type="button"
            onClick={async () => {
              if (!summary) setPrintText((await import('./summary')).buildSummary(assessment));
              requestAnimationFrame(() => window.print());
            }}
          >
            Print
          </button>
        </div>
        <p class="storage-status" role="status">
          {storage === null
            ? ''
            : !storage.persistent
              ? 'This browser is not keeping data (private mode?): answers live only until the tab closes.'
              : 'Answers are saved on this device as you enter them. Nothing leaves it.'}
        </p>
        {saveFailed && (
          <p class="banner" role="alert">The answers could not be saved on this device (storage full or refused). Copy the summary before closing.</p>
        )}
        {notice === 'blocked' && (
          <p class="banner" role="alert">The calculator is open in another tab with an older version. Close that tab to finish updating; your answers here are safe.</p>
        )}
        {notice === 'blocking' && (
          <p class="banner" role="alert">A newer version was opened in another tab. Reload this tab to go on saving. <button type="button" onClick={() => location.reload()}>Reload</button></p>
        )}
        <PwaBanner beforeUpdate={flush} />
        {undoable && (
          <p class="toast" role="status">
            {undoable.reason === 'new' ? 'New assessment started.' : 'Saved case opened; the answers that were on screen can be brought back.'}{' '}
            <button type="button" onClick={undo}>Undo</button>
          </p>
        )}
        {copied && <p class="toast" role="status">{copied}</p>}
        <textarea id="summary-fallback" hidden readOnly aria-label="Summary text" />
      </header>
      <div class="layout">
        <main class="inputs" id="inputs">
          <LevelPicker levels={assessment.levels} error={d.levelsError} onChange={(levels) => update((a) => ({ ...a, levels }))} />
          <SinsForm findings={d.sinsFindings} location={d.location} levelsError={d.levelsError} onChange={setSins} />
          <EsccForm findings={assessment.escc} neural={d.neural} onChange={(escc) => update((a) => ({ ...a, escc }))} />
          <TesForm answers={assessment.tes} onChange={(tes) => update((a) => ({ ...a, tes }))} />
          <PatientForm patient={assessment.patient} onChange={(patient) => update((a) => ({ ...a, patient }))} />
        </main>
        <aside class="results" id="results" aria-label="Results" tabIndex={0}>
          <SinsSummary result={d.sins} />
          <EsccSummary result={d.escc} />
          <TesSummary result={d.tes} />
        </aside>
      </div>
      {storage && <div class="cases-wrap"><Cases storage={storage} assessment={assessment} onOpen={replace} /></div>}
      <section class="outcomes card" aria-labelledby="outcomes-h">
        <h2 id="outcomes-h">Matched outcomes from the literature</h2>
        {outcomes ? <outcomes.default profile={d.profile} /> : <p class="note">Loading the evidence base…</p>}
      </section>
      <nav class="jump" aria-label="Jump to">
        <a href="#results">
          <span>Results</span>&nbsp;· {shortStatus(d)}
        </a>
      </nav>
      <pre class="print-sheet" aria-hidden="true">{printText}</pre>
      <footer class="app-footer">
        <p>Version {__APP_BUILD__}. Decision support, not a decision. SINS: Fisher 2010. ESCC: Bilsky 2010. TES criteria: Kato 2020 (seed 000). Outcome figures: five seed papers, each cited where shown.</p>
      </footer>
    </>
  );
}
