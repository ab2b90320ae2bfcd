import { describe, expect, inject, it } from 'vitest';
import { watchOtherOrigins } from './browser';
import { servedApp } from './app';

const app = servedApp(() => inject('distDir'));

describe('the built app, served locally', () => {
  it('opens under its Content-Security-Policy with no violation and no request elsewhere', async () => {
    const context = await app.browser.newContext();
    const origin = new URL(app.server.url).origin;
    const others = watchOtherOrigins(context, origin);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.server.url);
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
