/**
 * The mock back end over real HTTP on 127.0.0.1, so the `http` transport meets a real socket.
 * JSON bodies, multipart/form-data for uploads (as Taro.uploadFile sends them), CORS for the
 * origins it is told to serve and no other: a page from anywhere else open in a QA person's browser
 * gets 403 before the back end sees anything. Node only.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createMockBackend, memoryStorage, QA_KEY_HEADER } from './backend';
import type { MockBackend } from './backend';
import { INTERNAL_MESSAGE } from './errors';
import { UPLOAD_TOO_LARGE_MESSAGE } from './handlers/uploads';
import { boundaryOf, parseMultipart } from './multipart';

export const DEFAULT_PORT = 9527;
/** A 5 MiB image in base64 inside JSON (6.7 MiB) fits, and so does its multipart envelope. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface MockServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  backend?: MockBackend;
  /** Origins (scheme://host:port) whose pages may call; none by default. */
  allowedOrigins?: readonly string[];
}

export interface MockServer {
  url: string;
  close(): Promise<void>;
}

type Headers = Readonly<Record<string, string>>;

/** The CORS headers for an allowed origin; nothing for any other, so a browser shows the page nothing. */
function corsHeaders(origin: string | undefined, allowed: ReadonlySet<string>): Headers {
  if (origin === undefined || !allowed.has(origin)) {
    return {};
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': `Authorization, Content-Type, Idempotency-Key, ${QA_KEY_HEADER}`,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

function send(response: ServerResponse, cors: Headers, status: number, body: unknown): void {
  response.writeHead(status, { ...cors, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * A body must say it is JSON, or multipart for an upload: text/plain and form posts are what a
 * foreign page can send without a preflight.
 */
function acceptsMediaType(request: IncomingMessage, raw: Buffer): boolean {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (contentType === '') {
    return raw.length === 0;
  }
  if (contentType === 'multipart/form-data') {
    return (request.url ?? '').split('?')[0] === '/api/uploads';
  }
  return contentType === 'application/json';
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      flat[name] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return flat;
}

/** The body, or null when it is over the limit (the rest is read and dropped). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

type Decoded = { ok: true; body: unknown } | { ok: false; message: string };

function uploadFrom(raw: Buffer, boundary: string): Decoded {
  const parts = parseMultipart(raw, boundary);
  if (parts === null) {
    return { ok: false, message: '上传内容格式不正确，请重新选择图片上传' };
  }
  const file = parts.find((part) => part.name === 'file' && part.fileName !== null);
  if (file === undefined) {
    return { ok: false, message: '请选择要上传的图片' };
  }
  const kind = parts.find((part) => part.name === 'kind');
  // The UploadRequest shape; the back end checks every field, an unknown kind included.
  const upload: Record<string, unknown> = {
    kind: kind === undefined ? '' : kind.data.toString('utf8'),
    fileName: file.fileName ?? '',
    mimeType: file.contentType ?? '',
    size: file.data.length,
    dataBase64: file.data.toString('base64'),
  };
  return { ok: true, body: upload };
}

function decode(request: IncomingMessage, raw: Buffer): Decoded {
  const contentType = request.headers['content-type'] ?? '';
  const boundary = boundaryOf(contentType);
  if (boundary !== null) {
    return uploadFrom(raw, boundary);
  }
  if (raw.length === 0) {
    return { ok: true, body: undefined };
  }
  try {
    return { ok: true, body: JSON.parse(raw.toString('utf8')) };
  } catch {
    return { ok: false, message: '请求内容不是有效的JSON，请刷新页面后重试' };
  }
}

async function serve(
  backend: MockBackend,
  allowed: ReadonlySet<string>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const origin = request.headers.origin;
  const cors = corsHeaders(origin, allowed);
  if (origin !== undefined && !allowed.has(origin)) {
    request.resume();
    send(response, cors, 403, {
      code: 'ORIGIN_NOT_ALLOWED',
      message: '不允许从该网页访问，请从小程序或测试页面打开',
    });
    return;
  }
  if (request.method === 'OPTIONS') {
    request.resume();
    response.writeHead(204, cors);
    response.end();
    return;
  }
  const raw = await readBody(request);
  if (raw === null) {
    send(response, cors, 413, { code: 'PAYLOAD_TOO_LARGE', message: UPLOAD_TOO_LARGE_MESSAGE });
    return;
  }
  if (!acceptsMediaType(request, raw)) {
    send(response, cors, 415, {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: '请求内容须为JSON，请刷新页面后重试',
    });
    return;
  }
  const decoded = decode(request, raw);
  if (!decoded.ok) {
    send(response, cors, 400, { code: 'BAD_REQUEST', message: decoded.message });
    return;
  }
  const answer = await backend.handle({
    method: request.method ?? 'GET',
    path: request.url ?? '/',
    headers: flatHeaders(request.headers),
    body: decoded.body,
    client: request.socket.remoteAddress ?? 'unknown',
  });
  send(response, cors, answer.status, answer.body);
}

export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const backend = options.backend ?? createMockBackend({ storage: memoryStorage() });
  const host = options.host ?? '127.0.0.1';
  const allowed = new Set(options.allowedOrigins ?? []);
  const server = createServer((request, response) => {
    serve(backend, allowed, request, response).catch(() => {
      if (!response.headersSent) {
        send(response, {}, 500, { code: 'INTERNAL', message: INTERNAL_MESSAGE });
      } else {
        response.end();
      }
    });
  });
  // Node's parser refuses some requests before any handler runs (a URL or headers over 16 KB,
  // broken HTTP) and would answer with an empty body; the contract promises {code, message}.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      code: tooLarge ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST',
      message: tooLarge ? '请求地址过长，请刷新页面后重试' : '请求格式不正确，请刷新页面后重试',
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('the mock server is not listening on a TCP port'));
        return;
      }
      resolve({
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((closeError) => (closeError === undefined ? done() : fail(closeError)));
            server.closeAllConnections();
          }),
      });
    });
  });
}
