// The first-load set: what the page loads before any script decides to load more. That is the
// HTML, the entry chunk and every chunk it imports statically (the HTML modulepreloads them),
// and their CSS; read from the build manifest (build.manifest in vite.config.ts) and weighed
// gzipped at level 9, as scripts/serve.mjs serves them. Used by npm run bench and by
// test/build/first-load.test.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function firstLoadSet(dist) {
  const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = manifest['index.html'];
  if (!entry?.isEntry) throw new Error('No index.html entry in the build manifest');
  const files = ['index.html'];
  const visit = (chunk) => {
    if (files.includes(chunk.file)) return;
    files.push(chunk.file, ...(chunk.css ?? []).filter((c) => !files.includes(c)));
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return Promise.all(
    files.map(async (file) => {
      const body = await readFile(join(dist, file));
      return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
}
