// Install: the browser's own prompt where it offers one; short instructions on iOS Safari,
// which has none; nothing once running installed.

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallOption = { kind: 'none' } | { kind: 'prompt'; install: () => Promise<boolean> } | { kind: 'ios-instructions' };

type Listener = (o: InstallOption) => void;
const listeners = new Set<Listener>();
let deferred: BeforeInstallPromptEvent | null = null;
let option: InstallOption = { kind: 'none' };

export function isStandalone(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

export function isIosSafari(ua = navigator.userAgent, touchPoints = navigator.maxTouchPoints): boolean {
  const ios = /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && touchPoints > 1);
  return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

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
