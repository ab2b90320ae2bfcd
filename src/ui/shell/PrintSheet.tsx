// The one-page print: header, lines to fill by hand, the note, the chart and the references.
// Shown only by the print style sheet.
import type { ComponentChildren } from 'preact';
import './print.css';

interface Props {
  text: string;
  references: string[];
  chart?: ComponentChildren;
}

export function PrintSheet({ text, references, chart }: Props) {
  return (
    <div class="print-sheet" aria-hidden="true">
      <p class="print-head">
        <strong>Spinal metastasis calculator</strong> · version {__APP_BUILD__} · printed {new Date().toISOString().slice(0, 10)}
      </p>
      <p class="print-fill">Patient identifier: ______________________________ Clinician: ______________________________</p>
      <pre>{text}</pre>
      {chart && <div class="print-chart">{chart}</div>}
      {references.length > 0 && (
        <>
          <p class="print-refs-h"><strong>References</strong></p>
          <ol class="print-refs">{references.map((r) => <li key={r}>{r.replace(/^\d+\.\s*/, '')}</li>)}</ol>
        </>
      )}
    </div>
  );
}
