import { hydrate, render } from 'preact';
import { App } from './ui/App';
import { replayEarlyInput } from './ui/early-input';
import { startServiceWorker } from './pwa/register';
import { watchInstall } from './pwa/install';
import './ui/styles.css';

const root = document.getElementById('app') as HTMLElement;
if (root.firstElementChild) {
  // The build prerendered the first screen: take it over, keeping anything already answered.
  hydrate(<App />, root);
  replayEarlyInput(root);
} else {
  render(<App />, root);
}
document.documentElement.dataset.ready = 'true';
startServiceWorker();
watchInstall();
