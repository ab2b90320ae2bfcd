import { hydrate, render } from 'preact';
import { App } from './ui/shell/App';
import { replayEarlyInput } from './ui/state/early-input';
import { loadLater } from './ui/shell/later';
import { ANSWERS_MARK } from './ui/state/answers-mark';
import './ui/styles.css';

const root = document.getElementById('app') as HTMLElement;
if (root.firstElementChild) {
  // The build prerendered the first screen: take it over, keeping anything already answered.
  hydrate(<App />, root);
  replayEarlyInput(root);
} else {
  render(<App />, root);
}
const html = document.documentElement.dataset;
html.ready = 'true';
// The results wait, hidden, for a saved draft to be drawn (styles.css, keep-view.ts): with no
// answers saved on this device there is none, and they show at once.
try {
  if (!localStorage.getItem(ANSWERS_MARK)) html.drawn = '';
} catch {
  html.drawn = '';
}
// The install prompt, the service worker and their banners load after the load event, off the
// path to the first answer. An install prompt the browser offers before then is held and handed
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
    startServiceWorker();
  })
  .catch(() => undefined);
