// Build-time rendering of the empty first screen, so the page shows its questions before the
// scripts arrive. Run by the Preact preset's prerender step, never in the browser.
import { renderToString } from 'preact-render-to-string';
import { App } from './ui/App';

export function prerender() {
  return { html: renderToString(<App />) };
}
