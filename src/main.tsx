import { hydrate, render } from 'preact';
import { App } from './ui/shell/App';
import { replayEarlyInput } from './ui/state/early-input';
import { loadLater, offlineSinceLoad, registerFirst } from './ui/shell/later';
import { draftOnItsWay } from './ui/state/answers-mark';
import { answerEarly } from './ui/state/early-answer';
import { afterPaint } from './ui/state/live';
import './ui/styles.css';

const root = document.getElementById('app') as HTMLElement;
const html = document.documentElement.dataset;
// The results and the phone bar's glances wait, hidden, for a saved draft to be drawn
// (styles.css, keep-view.ts): with no answers saved on this device, and no change a closing page
// left (a first visit's draft on its way), there is none, and they show at once.
let saved = true;
try {
  saved = draftOnItsWay();
} catch {
  saved = false;
}
if (!saved) html.drawn = '';

function start(early?: () => void) {
  early?.();
  if (root.firstElementChild) {
    // The build prerendered the first screen: take it over, keeping anything already answered.
    hydrate(<App />, root);
    replayEarlyInput(root);
  } else {
    render(<App />, root);
  }
  html.ready = 'true';
}
if (root.firstElementChild && !saved) {
  // Hydrating is one long task on a slow phone: a tap made as the page first shows would wait
  // for all of it. So the tap is let through first and answered at once (early-answer.ts), that
  // answer painted, and the page then taken over.
  const stop = answerEarly(root);
  afterPaint(() => start(stop));
} else start();

// The install prompt, the service worker's banners and its updates load after the load event, off
// the path to the first answer (later.ts). An install prompt the browser offers before then is held and handed
// to src/pwa/install.ts once it listens.
let offered: Event | null = null;
const hold = (e: Event) => {
  e.preventDefault();
  offered = e;
};
window.addEventListener('beforeinstallprompt', hold);
loadLater()
  .then(({ startServiceWorker, watchInstall }) => {
    window.removeEventListener('beforeinstallprompt', hold);
    watchInstall();
    if (offered) window.dispatchEvent(offered);
    startServiceWorker(undefined, offlineSinceLoad());
  })
  .catch(() => undefined);
registerFirst();
