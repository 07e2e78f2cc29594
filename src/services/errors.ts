import type { ApiError } from './contract';

/**
 * The one error every service call rejects with: a code, a plain Chinese message for the person,
 * and the HTTP status (0 when the request never got an answer).
 */
export class ServiceError extends Error implements ApiError {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.status = status;
  }
}

export const NETWORK_MESSAGES = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '请求超时，请检查网络后重试',
  BAD_RESPONSE: '服务返回了无法识别的内容，请稍后重试',
  SERVER: '服务暂时不可用，请稍后重试',
  CLIENT: '请求未能完成，请稍后重试',
  UNAUTHORIZED: '登录已过期，请重新登录',
} as const;

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string' &&
    (value as { message: string }).message.length > 0
  );
}

/** Turns whatever a back end answered with a failing status into a ServiceError. */
export function errorFromResponse(status: number, body: unknown): ServiceError {
  if (isApiError(body)) return new ServiceError(body.code, body.message, status);
  if (status === 401) return new ServiceError('UNAUTHORIZED', NETWORK_MESSAGES.UNAUTHORIZED, status);
  if (status >= 500) return new ServiceError('SERVER_ERROR', NETWORK_MESSAGES.SERVER, status);
  return new ServiceError('REQUEST_FAILED', NETWORK_MESSAGES.CLIENT, status);
}

/** Anything thrown on the way (a bug, a platform failure) still reaches the page in one shape. */
export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  return new ServiceError('NETWORK', NETWORK_MESSAGES.NETWORK, 0);
}
