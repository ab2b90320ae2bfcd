// The local server sends what the README asks of hosts, on every response.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

let server: { url: string; close: () => Promise<unknown> };

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(dir, 'assets', 'a.js'), 'export {}');
  server = await serve({ dir, port: 0 });
});
afterAll(() => server.close());

describe('scripts/serve.mjs', () => {
  it.each([['/'], ['/some/route'], ['/assets/a.js'], ['/missing.png']])('%s: frame-ancestors none and nosniff', async (path) => {
    const res = await fetch(new URL(path, server.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(path === '/missing.png' ? 404 : 200);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('a malformed escape in the address', () => {
  it.each([['/%E0%A4%A'], ['/%'], ['/assets/%zz.js'], ['/a%E0%A4']])('%s: 400 in plain words, no stack trace, and the server goes on', async (path) => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...a) => void errors.push(a));
    try {
      const res = await fetch(new URL(path, server.url).href.replace(/%25/g, '%'));
      const body = await res.text();
      expect(res.status).toBe(400);
      expect(body).toBe('Bad request: the address has a malformed escape');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(errors).toEqual([]);
      expect((await fetch(new URL('/', server.url))).status).toBe(200);
    } finally {
      spy.mockRestore();
    }
  });
});
