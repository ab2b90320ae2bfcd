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
  process.env.APP_BUILD_ID = buildId;
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.APP_BUILD_ID;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve('dist-e2e');
  const next = resolve('dist-e2e-next');
  await buildInto(dist, 'e2e-1');
  await buildInto(next, 'e2e-2');
  project.provide('distDir', dist);
  project.provide('distDirNext', next);
}
