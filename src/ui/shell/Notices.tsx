// What the clinician must know about storage: a failed save, answers set aside, another tab's
// answers, a version held back or waiting, answers carried from an earlier version. Loaded with
// storage (none can arise before it opens).
import type { StorageNotice } from './useStorage';

interface Props {
  saveFailed: boolean;
  setAside: string[];
  fromOtherTab: boolean;
  notice: StorageNotice;
}

export function Notices({ saveFailed, setAside, fromOtherTab, notice }: Props) {
  return (
    <>
      {saveFailed && (
        <p class="banner" role="alert">The last answers could not be saved on this device (storage full or refused): they are on screen only. Copy the summary before closing.</p>
      )}
      {setAside.length > 0 && (
        <p class="banner" role="alert">
          Some saved answers could not be read and were set aside: {setAside.join('; ')}. Everything else was restored; enter those again.
        </p>
      )}
      {fromOtherTab && <p class="toast" role="status">Answers entered in another tab of the calculator are shown here too.</p>}
      {notice === 'blocked' && (
        <p class="banner" role="alert">The calculator is open in another tab with an older version. Close that tab to finish updating; your answers here are safe.</p>
      )}
      {notice === 'blocking' && (
        <p class="banner" role="alert">A newer version was opened in another tab. Reload this tab to go on saving. <button type="button" onClick={() => location.reload()}>Reload</button></p>
      )}
    </>
  );
}

/** Answers carried from an earlier version's draft: shown until the clinician has checked them. */
export function CarriedNotes({ notes, onDone }: { notes: string[]; onDone: () => void }) {
  return (
    <div class="banner" role="status">
      <p><strong>Carried from an earlier version: check these answers.</strong></p>
      <ul>{notes.map((n) => <li key={n}>{n}</li>)}</ul>
      <button type="button" onClick={onDone}>Done</button>
    </div>
  );
}
