import './zod-config';
import { render } from 'preact';
import { App } from './ui/App';
import { startServiceWorker } from './pwa/register';
import { watchInstall } from './pwa/install';
import './ui/styles.css';

render(<App />, document.getElementById('app') as HTMLElement);
startServiceWorker();
watchInstall();
