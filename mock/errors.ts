import type { DomainError, Result } from '@/domain';

/**
 * A refusal the platform gives on purpose: thrown inside a handler, answered as
 * `{status, body: {code, message}}`. Anything else thrown is a bug and becomes a 500.
 */
export class Refusal extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'Refusal';
    this.status = status;
    this.code = code;
  }
}

export function refuse(status: number, code: string, message: string): never {
  throw new Refusal(status, code, message);
}

/** A malformed request: a client bug or a forged call, never a rule a person broke. */
export function badRequest(message: string): never {
  return refuse(400, 'BAD_REQUEST', message);
}

/** Rule violations found by the domain keep its code and message. */
export function unwrap<T>(result: Result<T>, status = 400): T {
  if (!result.ok) {
    return refuse(status, result.error.code, result.error.message);
  }
  return result.value;
}

export function refuseWith(error: DomainError, status = 400): never {
  return refuse(status, error.code, error.message);
}

export const UNAUTHORIZED_MESSAGE = '登录已过期，请重新登录';
export const INTERNAL_MESSAGE = '服务暂时不可用，请稍后重试';
export const UNAVAILABLE_MESSAGE = '网络繁忙，请稍后重试';
export const QA_ONLY_MESSAGE = '该接口仅供测试人员使用，需要测试凭据';
