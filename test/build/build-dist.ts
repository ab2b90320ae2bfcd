// A production build in a temporary folder, for the tests that weigh what the page loads.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export async function buildDist(prefix: string): Promise<{ dist: string; remove: () => Promise<void> }> {
  const dist = await mkdtemp(join(tmpdir(), prefix));
  // Vitest sets NODE_ENV=test, which would give a development build: build as production.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  return { dist, remove: () => rm(dist, { recursive: true, force: true }) };
}
