import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { launch, watchOtherOrigins } from './browser';

let server: { url: string; close: () => Promise<unknown> };
let browser: Browser;

beforeAll(async () => {
  server = await serve({ dir: inject('distDir'), port: 0 });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built app, served locally', () => {
  it('opens under its Content-Security-Policy with no violation and no request elsewhere', async () => {
    const context = await browser.newContext();
    const origin = new URL(server.url).origin;
    const others = watchOtherOrigins(context, origin);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/spinal metastasis/i);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(problems).toEqual([]);
    expect(others).toEqual([]);
    await context.close();
  });
});
