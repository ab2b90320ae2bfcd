// Builds the production app for every browser test: tests run against what users get. A
// second build with another version id lets the update prompt be tested.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    distDirNext: string;
  }
}

async function buildInto(outDir: string, buildId: string) {
  // Vitest sets NODE_ENV=test, which would give a development build (JSX debug info, file
  // paths). Tests must drive what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.APP_BUILD_ID = buildId;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.APP_BUILD_ID;
    process.env.NODE_ENV = nodeEnv;
  }
}

export default async function setup(project: TestProject) {
  // E2E_OUT lets two checkouts' test runs build side by side without clobbering each other.
  const base = process.env.E2E_OUT ?? 'dist-e2e';
  const dist = resolve(base);
  const next = resolve(`${base}-next`);
  await buildInto(dist, 'e2e-1');
  await buildInto(next, 'e2e-2');
  project.provide('distDir', dist);
  project.provide('distDirNext', next);
}
