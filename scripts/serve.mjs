// Serves the production build (dist/) on the loopback interface, with gzip, an app-shell
// fallback for navigations, and cache headers a service worker needs. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
// Sent on every response, errors included: no framing (a meta tag cannot say it) and no sniffing.
export const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
class BadRequest extends Error {}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * Starts a server for `dir`. Resolves to { url, close }. port 0 picks a free port.
 * @param {{ dir?: string, port?: number, host?: string, log?: boolean }} [options]
 */
export async function serve({ dir = 'dist', port = 4173, host = '127.0.0.1', log = false } = {}) {
  const root = resolve(dir);
  const gzipCache = new Map();

  /** A path's escapes decoded; a malformed one ("%E0%A4%A") is the client's error, not ours. */
  function decoded(pathname) {
    try {
      return decodeURIComponent(pathname);
    } catch {
      throw new BadRequest();
    }
  }

  async function fileFor(pathname) {
    const safe = normalize(decoded(pathname)).replace(/^([/\\])+/, '');
    const full = join(root, safe);
    if (full !== root && !full.startsWith(root + sep)) return null;
    try {
      const s = await stat(full);
      if (s.isFile()) return full;
      if (s.isDirectory()) {
        const index = join(full, 'index.html');
        if ((await stat(index)).isFile()) return index;
      }
    } catch {
      /* not found */
    }
    return null;
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let file = await fileFor(url.pathname);
      // Navigations to unknown paths get the app shell; missing assets get a real 404.
      if (!file && !extname(url.pathname)) file = join(root, 'index.html');
      if (!file) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const ext = extname(file);
      const info = await stat(file);
      let body = await readFile(file);
      const headers = {
        ...SECURITY_HEADERS,
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        // Hashed assets never change; everything else (HTML, service worker, manifest) is revalidated.
        'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // A rebuild may write a file of the same length: the modification time tells them apart.
        const key = `${file}:${info.size}:${info.mtimeMs}`;
        if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
        body = gzipCache.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${req.method} ${url.pathname} 200`);
    } catch (error) {
      if (error instanceof BadRequest) {
        res.writeHead(400, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end('Bad request: the address has a malformed escape');
        if (log) console.log(`${req.method} ${req.url} 400`);
        return;
      }
      res.writeHead(500, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Server error');
      console.error(error);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const arg = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(arg('port') ?? process.env.PORT ?? 4173);
  const { url } = await serve({ dir: arg('dir') ?? 'dist', port, host: arg('host') ?? '127.0.0.1' });
  console.log(`\n  Spinal metastasis calculator is being served at ${url}\n  (Ctrl+C to stop)\n`);
}
