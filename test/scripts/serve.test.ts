// The local server sends what the README asks of hosts, on every response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
