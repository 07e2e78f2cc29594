/** A raw HTTP client for the attack tests: any method, header, body and local address, no fetch rules. */
import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Another loopback address (127.0.0.2 …) plays another client. */
  localAddress?: string;
  timeoutMs?: number;
}

export function raw(url: string, path: string, options: RawRequest = {}): Promise<RawAnswer> {
  const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}${path}`,
      {
        method: options.method ?? 'GET',
        headers: { ...(body ? { 'Content-Length': String(body.length) } : {}), ...options.headers },
        localAddress: options.localAddress,
        timeout: options.timeoutMs ?? 15_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): RawRequest {
  return {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
