// Closed to the outside: no CSP violation and no request to another origin during a full
// assessment; the built page carries no inline script.
import { describe, expect, inject, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { watchOtherOrigins } from './browser';
import { enterEscc3, enterSins13, radio, servedApp, setHistology, status } from './app';

const app = servedApp(() => inject('distDir'));

describe('Content-Security-Policy and origins', () => {
  it('records no CSP violation and no other-origin request through a full assessment', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1180, height: 820 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const others = watchOtherOrigins(context, app.server.origin);
    const page = await context.newPage();
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    await page.goto(app.server.url);
    await enterSins13(page);
    await enterEscc3(page);
    await page.getByLabel('Spinal lesions not scored here').fill('0');
    await radio(page, 'ECOG performance status (now, before treatment)', /^ECOG 2/).check();
    await page.getByLabel('Lung', { exact: true }).check();
    await page.getByLabel('Lung: number of metastases').fill('1');
    await radio(page, 'Systemic disease stable', 'Yes').check();
    await setHistology(page, 'leiomyosarcoma');
    await radio(page, 'Treatment being weighed', /^Total en bloc/).check();
    await radio(page, 'ECOG after surgery (only if already operated)', /^ECOG 1/).check();
    await page.getByRole('img', { name: /Cancer-specific survival after TES/ }).waitFor();
    expect(await status(page, /^TES/).textContent()).toBe('TES: meets the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
    await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
    await page.getByText('Summary copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Lesion 1 (T12): SINS 13 — instability (13–18)');
    await page.getByLabel('Label for this case').fill('security run');
    await page.getByRole('button', { name: 'Save case' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    expect((await download).suggestedFilename()).toMatch(/^spine-calculator-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(others).toEqual([]);
    await context.close();
  });

  it('would report a violation: an inline script is blocked and seen', async () => {
    // Proves the listener above can fail.
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toContain('script-src-elem');
    await context.close();
  });
});

describe('the built files', () => {
  it('have no inline script or inline handler, and a strict policy', async () => {
    const dir = inject('distDir');
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replace(/&#39;/g, "'") ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // No stylesheet or page loads anything from elsewhere (fonts, images, imports).
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    for (const f of (await readdir(join(dir, 'assets'))).filter((x) => x.endsWith('.css'))) {
      expect(await readFile(join(dir, 'assets', f), 'utf8'), f).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\/|@import/);
    }
    // A production build: no development JSX with this machine's file paths.
    for (const f of (await readdir(join(dir, 'assets'))).filter((x) => x.endsWith('.js'))) {
      expect(await readFile(join(dir, 'assets', f), 'utf8'), f).not.toMatch(/fileName:|\/work\/|jsxDEV/);
    }
  });
});
