import Taro from '@tarojs/taro';

/** What the http transport needs from the platform: a request and an upload that answer with a status. */
export interface PlatformRequester {
  request(options: {
    url: string;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    headers: Record<string, string>;
    data?: unknown;
    timeoutMs: number;
  }): Promise<{ statusCode: number; data: unknown }>;
  uploadFile(options: {
    url: string;
    filePath: string;
    name: string;
    formData: Record<string, string>;
    headers: Record<string, string>;
    timeoutMs: number;
  }): Promise<{ statusCode: number; data: unknown }>;
}

/** Where the platforms' request APIs differ; each platform file (request.*.ts) gives its own. */
export interface RequestQuirks {
  /** Asks for the body as text, so the transport parses it and a non-JSON body is not a crash. */
  textOptions: Record<string, string>;
  /** Fields the platform's uploadFile needs beyond the common ones. */
  uploadOptions: Record<string, string>;
  /** An HTTP answer the platform reports as a failure, or null for a real failure (no answer). */
  answerInFailure(failure: unknown): { statusCode: number; data: unknown } | null;
}

/** Taro also returns a promise from a callback-style call, which rejects on the failures fail already handles. */
export function swallow(task: unknown): void {
  if (typeof task === 'object' && task !== null && typeof (task as Promise<unknown>).catch === 'function') {
    (task as Promise<unknown>).catch(() => undefined);
  }
}

export function createTaroRequester(quirks: RequestQuirks): PlatformRequester {
  const settle =
    (resolve: (answer: { statusCode: number; data: unknown }) => void, reject: (reason: unknown) => void) =>
    (failure: unknown) => {
      const answer = quirks.answerInFailure(failure);
      if (answer) resolve(answer);
      else reject(failure);
    };
  return {
    request({ url, method, headers, data, timeoutMs }) {
      return new Promise((resolve, reject) => {
        // Taro's request also returns a promise, which rejects on the failures fail already handles.
        swallow(
          Taro.request({
            url,
            method,
            header: headers,
            data: data as Record<string, unknown> | undefined,
            timeout: timeoutMs,
            ...quirks.textOptions,
            success: (result) => resolve({ statusCode: result.statusCode, data: result.data }),
            fail: settle(resolve, reject),
          }),
        );
      });
    },
    uploadFile({ url, filePath, name, formData, headers, timeoutMs }) {
      return new Promise((resolve, reject) => {
        swallow(
          Taro.uploadFile({
            url,
            filePath,
            name,
            formData,
            header: headers,
            timeout: timeoutMs,
            ...quirks.uploadOptions,
            success: (result) => resolve({ statusCode: result.statusCode, data: result.data }),
            fail: settle(resolve, reject),
          }),
        );
      });
    },
  };
}
