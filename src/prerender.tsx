// Build-time rendering of the empty first screen, so the page shows its questions before the
// scripts arrive. Run by the Preact preset's prerender step, never in the browser.
import { renderToString } from 'preact-render-to-string';
import { App } from './ui/shell/App';
import { prerenderPatientWith } from './ui/patient/PatientSlot';

export async function prerender() {
  // Imported, not bundled with the page: the browser loads the patient's form after the first paint.
  prerenderPatientWith((await import('./ui/patient/PatientForm')).PatientForm);
  return { html: renderToString(<App />) };
}
