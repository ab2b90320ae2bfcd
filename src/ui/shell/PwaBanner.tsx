// Update, offline-ready and install messages. An update waits for the clinician's consent and
// saves the answers before the page reloads.
import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, dismiss, subscribe, type PwaState } from '../../pwa/register';
import { IOS_KEEP_HINT, onInstallOption, type InstallOption } from '../../pwa/install';

export function PwaBanner({ beforeUpdate }: { beforeUpdate: () => Promise<void> }) {
  const [pwa, setPwa] = useState<PwaState>({ offlineReady: false, needRefresh: false });
  const [install, setInstall] = useState<InstallOption>({ kind: 'none' });
  const [updating, setUpdating] = useState(false);
  const [showIos, setShowIos] = useState(false);
  useEffect(() => subscribe(setPwa), []);
  useEffect(() => onInstallOption(setInstall), []);

  return (
    <div class="pwa-banners">
      {pwa.needRefresh && (
        <div class="banner" role="alert">
          <span>A new version of the calculator is ready. Your answers are kept.</span>
          <button
            type="button"
            disabled={updating}
            onClick={async () => {
              setUpdating(true);
              await beforeUpdate();
              await applyUpdate();
            }}
          >
            {updating ? 'Updating…' : 'Update now'}
          </button>
          <button type="button" class="secondary" onClick={() => dismiss('needRefresh')}>Later</button>
        </div>
      )}
      {pwa.offlineReady && (
        <div class="banner" role="status">
          <span>Ready to work offline: the calculator now opens with no network.</span>
          <button type="button" class="secondary" onClick={() => dismiss('offlineReady')}>OK</button>
        </div>
      )}
      {install.kind === 'prompt' && (
        <div class="banner install">
          <span>Install the calculator to open it from the home screen.</span>
          <button type="button" onClick={() => void install.install()}>Install</button>
        </div>
      )}
      {install.kind === 'ios-instructions' && (
        <div class="banner install">
          <button type="button" class="secondary" aria-expanded={showIos} onClick={() => setShowIos(!showIos)}>Add to Home Screen</button>
          {showIos && <span>In Safari, tap Share (the square with an arrow), then “Add to Home Screen”. {IOS_KEEP_HINT}</span>}
        </div>
      )}
    </div>
  );
}
