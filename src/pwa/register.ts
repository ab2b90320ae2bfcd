// Service-worker registration. A new version never reloads the page by itself: it waits until
// the clinician accepts, and the caller saves the answers first. Every open tab learns of it:
// a tab that finds a waiting version tells the others (BroadcastChannel), each looks at its
// registration when it comes back to view, and a tab whose page another tab's update has left
// on the old version (a new worker took control) offers the reload too.
import { registerSW } from 'virtual:pwa-register';

export interface PwaState {
  offlineReady: boolean;
  needRefresh: boolean;
}

type Listener = (s: PwaState) => void;

const HOUR = 60 * 60 * 1000;
let state: PwaState = { offlineReady: false, needRefresh: false };
const listeners = new Set<Listener>();
let updateSW: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;
let applying = false;
// The waiting version the clinician answered "Later" to: not offered again on each return to the tab.
let declined: ServiceWorker | null = null;
/** A version waits that the clinician has not declined. */
const offerWaiting = () => {
  const w = registration?.waiting ?? null;
  if (w && w !== declined) set({ needRefresh: true });
};
const CHANNEL = 'spine-calculator-update';
let channel: BroadcastChannel | null = null;

function set(partial: Partial<PwaState>) {
  state = { ...state, ...partial };
  for (const l of listeners) l(state);
}

export function subscribe(l: Listener): () => void {
  listeners.add(l);
  l(state);
  return () => listeners.delete(l);
}

/** Asks the server for a newer version, when online. */
export async function checkForUpdate(): Promise<void> {
  if (!registration || !navigator.onLine || registration.installing) return;
  await registration.update().catch(() => undefined);
}

/**
 * `offlineReady`: the first worker already took the page (registered at idle by
 * src/ui/shell/later.ts before this code loaded), which workbox-window, seeing nothing install,
 * would never report.
 */
export function startServiceWorker(intervalMs = HOUR, offlineReady = false): void {
  if (!('serviceWorker' in navigator) || updateSW) return;
  if (offlineReady) set({ offlineReady: true });
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e) => e.data === 'waiting' && (registration ? offerWaiting() : set({ needRefresh: true }));
  }
  // Another tab's update took control of this page, which still runs the old version: offer the reload.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !applying) set({ needRefresh: true });
  });
  updateSW = registerSW({
    immediate: true,
    onOfflineReady: () => set({ offlineReady: true }),
    onNeedRefresh: () => {
      if (declined && registration?.waiting === declined) return;
      if (!state.needRefresh) channel?.postMessage('waiting');
      set({ needRefresh: true });
    },
    // The reload is ours (applyUpdate): workbox-window only reloads tabs that had a controller
    // when they registered, which misses a tab opened on the very first visit.
    onNeedReload: () => undefined,
    onRegisteredSW(_url, reg) {
      registration = reg;
      // A version already waiting (found by another tab before this one listened).
      if (navigator.serviceWorker.controller) offerWaiting();
      // While open and online, look for updates now and then and when the app comes back to view.
      setInterval(checkForUpdate, intervalMs);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible') return;
        offerWaiting();
        void checkForUpdate();
      });
    },
  });
}

/** Activates the waiting version (only ever on the clinician's request) and reloads into it. */
export async function applyUpdate(): Promise<void> {
  applying = true;
  // Already activated by another tab: nothing waits any more, only the reload is left.
  if (!registration?.waiting) {
    const reg = await navigator.serviceWorker.getRegistration().catch(() => undefined);
    if (!reg?.waiting) return window.location.reload();
  }
  const controlled = new Promise<void>((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
  await updateSW?.(true);
  await Promise.race([controlled, new Promise((r) => setTimeout(r, 5000))]);
  window.location.reload();
}

export function dismiss(key: keyof PwaState): void {
  if (key === 'needRefresh') declined = registration?.waiting ?? null;
  set({ [key]: false });
}
