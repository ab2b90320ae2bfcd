// Copying the summary for the clinical note: loaded with the summary at the first copy, not on
// the first screen. Where the browser refuses the clipboard, the text is shown selected instead.
import type { Assessment } from '../clinical';
import { buildSummary } from '../report/summary';

export async function copySummary(assessment: Assessment, full: boolean, say: (message: string) => void): Promise<void> {
  const text = buildSummary(assessment, { full });
  try {
    await navigator.clipboard.writeText(text);
    say('Summary copied: paste it into the clinical note.');
  } catch {
    say('Copying was refused by the browser: select the summary below and copy it.');
    const area = document.getElementById('summary-fallback') as HTMLTextAreaElement | null;
    if (area) {
      area.value = text;
      area.hidden = false;
      area.select();
    }
  }
}
