// Shared steps for the first-visit browser tests (first-visit.test.ts, first-visit-paint.test.ts).
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ready = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.ready === 'true');
export const sinsLine = (p: Page) => p.evaluate(() => document.querySelector('.result-sins output')?.textContent ?? '');

/** What the device holds: localStorage and the saved draft, for a failure's message. */
export const stored = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<string>((done) => {
        const ls = JSON.stringify(Object.keys(localStorage));
        const r = indexedDB.open('spine-metastasis-calculator');
        r.onerror = () => done(`${ls} no database`);
        r.onsuccess = () => {
          if (!r.result.objectStoreNames.contains('draft')) return done(`${ls} no draft`);
          const q = r.result.transaction('draft').objectStore('draft').getAll();
          q.onsuccess = () => done(`${ls} draft ${JSON.stringify(q.result)}`);
          q.onerror = () => done(`${ls} draft unread`);
        };
      }),
  );

export async function withProfile<T>(fn: (profile: string) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'calc-first-'));
  try {
    return await fn(profile);
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
/** Each text lesion 1's SINS line and the phone bar's glance paint, frame by frame, and whether the app had hydrated. */
export async function recordLines(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __lines: Array<{ text: string; ready: boolean; glance: string }> };
    w.__lines = [];
    const frame = () => {
      const text = document.querySelector('.result-sins output')?.textContent ?? '';
      const glance = (document.querySelector('.jump .glance')?.textContent ?? '').trim();
      const last = w.__lines.at(-1);
      if (text && (last?.text !== text || last.glance !== glance)) w.__lines.push({ text, ready: document.documentElement.dataset.ready === 'true', glance });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** "SINS 8–18 so far" → [8, 18]; "SINS 13 —" → [13, 13]; no score → null. */
export function range(text: string): [number, number] | null {
  const m = /SINS (\d+)(?:–(\d+))?/.exec(text);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}
export const levelsOf = (text: string) => /^Lesion 1(?: \(([^)]+)\))?:/.exec(text)?.[1] ?? '';

export type Painted = Array<{ text: string; ready: boolean; glance: string }>;
export const painted = (p: Page) => p.evaluate(() => (window as unknown as { __lines: Painted }).__lines);
