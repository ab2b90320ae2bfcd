// What loads after the page's load event, when the browser is idle (src/ui/shell/later.ts): the service
// worker's registration (workbox-window), the install prompt, the update and install banners,
// and the print sheet.
export { startServiceWorker } from '../../pwa/register';
export { watchInstall } from '../../pwa/install';
export { PwaBanner } from './PwaBanner';
export { PrintSheet } from './PrintSheet';
