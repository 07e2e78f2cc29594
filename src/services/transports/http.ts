import { platformRequester } from '@/platform/request';
import type { PlatformRequester } from '@/platform/http';
import { NETWORK_MESSAGES } from '../errors';
import type { Transport, TransportRequest, TransportResponse, UploadTransportRequest } from '../transport';

/** What the transport needs from the platform: the platform's own request (src/platform), fetch in Node tests. */
export type HttpRequester = PlatformRequester;

export interface HttpTransportOptions {
  baseUrl: string;
  timeoutMs?: number;
  /** Pause before the single retry of a read. */
  retryDelayMs?: number;
  requester?: HttpRequester;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Headers added to particular requests, e.g. the QA credential `npm run mock:serve` prints, for
   * a test talking to its /api/_mock/* routes. The release build names no mock route.
   */
  headersFor?: (path: string) => Record<string, string>;
}

/** A failure with no answer from the server: the transport turns it into a 0-status response. */
type NoAnswer = { kind: 'timeout' } | { kind: 'network' };

function describeFailure(error: unknown): NoAnswer {
  // Alipay reports a timeout as error 13, with no word that says so.
  if (typeof error === 'object' && error !== null && (error as { error?: unknown }).error === 13) {
    return { kind: 'timeout' };
  }
  const text = error instanceof Error ? error.message : JSON.stringify(error ?? '');
  return /timeout|超时/i.test(text) ? { kind: 'timeout' } : { kind: 'network' };
}

function noAnswerResponse(failure: NoAnswer): TransportResponse {
  return failure.kind === 'timeout'
    ? { status: 0, body: { code: 'TIMEOUT', message: NETWORK_MESSAGES.TIMEOUT } }
    : { status: 0, body: { code: 'NETWORK', message: NETWORK_MESSAGES.NETWORK } };
}

/** Bodies may arrive as text (uploadFile always does, some servers send no content type). */
function parseBody(status: number, data: unknown): TransportResponse {
  if (typeof data !== 'string') return { status, body: data };
  if (data.length === 0) return { status, body: null };
  try {
    return { status, body: JSON.parse(data) as unknown };
  } catch {
    return {
      status: status < 400 ? 502 : status,
      body: { code: 'BAD_RESPONSE', message: NETWORK_MESSAGES.BAD_RESPONSE },
    };
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retryDelayMs = options.retryDelayMs ?? 500;
  const requester = options.requester ?? platformRequester;
  const sleep = options.sleep ?? wait;
  const extraHeaders = options.headersFor ?? (() => ({}));

  async function attempt(request: TransportRequest): Promise<TransportResponse> {
    try {
      const result = await requester.request({
        url: `${baseUrl}${request.path}`,
        method: request.method,
        headers: { ...request.headers, ...extraHeaders(request.path), 'Content-Type': 'application/json' },
        data: request.body === undefined ? undefined : JSON.stringify(request.body),
        timeoutMs,
      });
      return parseBody(result.statusCode, result.data);
    } catch (error) {
      return noAnswerResponse(describeFailure(error));
    }
  }

  // Only a read is safe to send twice; a write may have landed before the answer was lost.
  const worthRetrying = (response: TransportResponse) => response.status === 0 || response.status >= 500;

  return {
    name: 'http',
    async send(request) {
      const first = await attempt(request);
      if (request.method !== 'GET' || !worthRetrying(first)) return first;
      await sleep(retryDelayMs);
      return attempt(request);
    },
    async upload(request: UploadTransportRequest) {
      try {
        const result = await requester.uploadFile({
          url: `${baseUrl}${request.path}`,
          filePath: request.file.filePath,
          name: 'file',
          formData: { kind: request.kind },
          headers: request.headers,
          timeoutMs,
        });
        return parseBody(result.statusCode, result.data);
      } catch (error) {
        return noAnswerResponse(describeFailure(error));
      }
    },
  };
}
