// Nothing is rendered from strings as HTML, and nothing evaluates strings as code.
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sources(p)));
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('source hygiene', () => {
  it('never sets HTML from strings or evaluates code', async () => {
    const files = await sources('src');
    expect(files.length).toBeGreaterThan(20);
    const banned = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
    // One use is allowed: the patient's slot keeps the prerendered form by an empty constant
    // (Preact then leaves the children to the form's own root). Never a string from anywhere.
    const EMPTY = "const NO_HTML = { __html: '' } as const;";
    for (const f of files) {
      let text = await readFile(f, 'utf8');
      if (f.endsWith('PatientSlot.tsx')) {
        expect(text).toContain(EMPTY);
        text = text.replace(EMPTY, '').replaceAll('dangerouslySetInnerHTML={NO_HTML}', '');
        expect(text).not.toMatch(/NO_HTML|__html/);
      }
      expect(text, f).not.toMatch(banned);
    }
  });

  it('names no other origin for the app to fetch from', async () => {
    for (const f of await sources('src')) {
      const text = await readFile(f, 'utf8');
      expect(text, f).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(/);
    }
  });
});
