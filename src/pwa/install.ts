// Install: the browser's own prompt where it offers one; short instructions on iOS Safari,
// which has none; nothing once running installed.
import { isIosSafari, isStandalone } from './platform';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallOption = { kind: 'none' } | { kind: 'prompt'; install: () => Promise<boolean> } | { kind: 'ios-instructions' };

type Listener = (o: InstallOption) => void;
const listeners = new Set<Listener>();
let deferred: BeforeInstallPromptEvent | null = null;
let option: InstallOption = { kind: 'none' };

export { isIosSafari, isStandalone };

/** Said beside the steps on iOS Safari: why the home screen matters for the saved cases. */
export const IOS_KEEP_HINT = 'Until the app is on the home screen, Safari may clear the saved cases after 7 days without a visit: keep a backup too.';

function emit(o: InstallOption) {
  option = o;
  for (const l of listeners) l(o);
}

export function watchInstall(): void {
  if (isStandalone()) return;
  if (isIosSafari()) emit({ kind: 'ios-instructions' });
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    deferred = e as BeforeInstallPromptEvent;
    emit({
      kind: 'prompt',
      install: async () => {
        const d = deferred;
        if (!d) return false;
        deferred = null;
        await d.prompt();
        const { outcome } = await d.userChoice;
        if (outcome === 'accepted') emit({ kind: 'none' });
        return outcome === 'accepted';
      },
    });
  });
  window.addEventListener('appinstalled', () => emit({ kind: 'none' }));
}

export function onInstallOption(l: Listener): () => void {
  listeners.add(l);
  l(option);
  return () => listeners.delete(l);
}
