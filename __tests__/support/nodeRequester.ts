import http from 'node:http';
import type { HttpRequester } from '@/services/transports/http';

/**
 * The platform's request function, played by Node's http client, so the http transport is tested
 * against a real socket (jsdom has no fetch, and Taro.request needs a browser or a phone).
 */
function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: Buffer | null,
  timeoutMs: number,
) {
  return new Promise<{ statusCode: number; data: unknown }>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        headers: body ? { ...headers, 'Content-Length': String(body.length) } : headers,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ statusCode: response.statusCode ?? 0, data: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error('request:fail timeout')));
    request.on('error', reject);
    request.end(body ?? undefined);
  });
}

export function nodeRequester(files: Record<string, Buffer> = {}): HttpRequester {
  return {
    request: ({ url, method, headers, data, timeoutMs }) =>
      send(url, method, headers, typeof data === 'string' ? Buffer.from(data) : null, timeoutMs),
    uploadFile: ({ url, filePath, name, formData, headers, timeoutMs }) => {
      const boundary = `----taro${Date.now().toString(16)}`;
      const parts: Buffer[] = [];
      for (const [field, value] of Object.entries(formData)) {
        parts.push(
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`),
        );
      }
      const file = files[filePath] ?? Buffer.alloc(0);
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filePath.split('/').pop()}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      );
      return send(
        url,
        'POST',
        { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        Buffer.concat(parts),
        timeoutMs,
      );
    },
  };
}
