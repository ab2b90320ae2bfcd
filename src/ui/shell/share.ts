// Copying the summary for the clinical note. The clipboard is written inside the click: WebKit
// lets a page write it only during the user's gesture, and refuses a write made after an awaited
// import(). So the text is handed over at the click, ready (once the summary's code has loaded)
// or as a promise in a ClipboardItem, which the gesture's permission covers while it resolves.
// Where the browser refuses the clipboard, the text is shown selected instead.

/** Writes `text` to the clipboard now, in the caller's click; `say` gets the outcome in words. */
export function copyText(text: string | Promise<string>, say: (message: string) => void): Promise<void> {
  let written: Promise<void>;
  try {
    const clipboard = navigator.clipboard;
    if (typeof text === 'string') written = clipboard.writeText(text);
    else if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
      const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
      written = clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    } else written = text.then((t) => clipboard.writeText(t));
  } catch (e) {
    // No clipboard API at all (an insecure origin, an old browser).
    written = Promise.reject(e);
  }
  return written.then(
    () => say('Summary copied: paste it into the clinical note.'),
    async () => {
      say('Copying was refused by the browser: select the summary below and copy it.');
      const area = document.getElementById('summary-fallback') as HTMLTextAreaElement | null;
      if (area) {
        area.value = await text;
        area.hidden = false;
        area.select();
      }
    },
  );
}
