/**
 * The one static server of the project: `npm start`, the browser tests and the benchmark (with
 * gzip, as a production host would send it). It serves files inside its root folder and nothing
 * else, whatever the URL: broken percent-encoding is a 400, never a crash.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Gzip text files for clients that accept it. */
  gzip?: boolean;
  cacheControl?: string;
}

/**
 * The file a URL names inside `base`, or null: for malformed encoding, a NUL byte, or a path that
 * leaves the root (the check ends with a separator, so `/srv/h5` does not admit `/srv/h5-secret`).
 */
export function resolveInside(base: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) {
    return null;
  }
  const file = path.resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(base + path.sep) ? file : null;
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/** Serves a built H5 folder on loopback; the router is hash-based, so every page is index.html. */
export function serveStatic(root: string, options: StaticOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'method not allowed');
      return;
    }
    const file = resolveInside(base, req.url ?? '/');
    if (file === null) {
      plain(res, 400, 'bad request');
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        plain(res, 404, 'not found');
        return;
      }
      const ext = path.extname(file);
      const headers: http.OutgoingHttpHeaders = {
        'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': options.cacheControl ?? 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      let body: Buffer = data;
      if (
        options.gzip === true &&
        COMPRESSIBLE.has(ext) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding']))
      ) {
        body = gzipped.get(file) ?? zlib.gzipSync(data);
        gzipped.set(file, body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  // A malformed request line or header is answered by Node's parser; it must not end the server.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (require.main === module) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 10086;
  const root = path.resolve(__dirname, '..', 'dist', 'h5');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('dist/h5 不存在：请先运行 npm run build:h5:demo');
    process.exit(1);
  }
  serveStatic(root, { port }).then(({ url }) => {
    console.log(`家庭共济 H5（内置 mock 后端）已启动：${url}`);
  });
}
