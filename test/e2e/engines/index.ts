export { chromiumEngine } from './chromium';
export { firefoxEngine } from './firefox';
export { webkitEngine } from './webkit';
export * from './types';
