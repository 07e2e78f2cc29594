/**
 * Idempotency keys on bind and premium payment: the same key from the same person returns the
 * first result; the key with a different request is a conflict. Only successes are remembered:
 * a refusal changes nothing, so retrying it simply asks again.
 */
import type { SignedInContext } from '../context';
import { refuse } from '../errors';
import type { IdempotencyRecord } from '../state';

/** A person's oldest keys are forgotten beyond this, so the stored state stays small; never another's. */
export const MAX_KEYS_PER_PERSON = 100;

type Endpoint = IdempotencyRecord['endpoint'];

/** The id of the first result for this key, or null when the key is new. */
export function idempotent(
  ctx: SignedInContext,
  endpoint: Endpoint,
  key: string,
  fingerprint: string,
): string | null {
  const record = ctx.state.idempotency.find(
    (candidate) =>
      candidate.ownerId === ctx.viewer.personId && candidate.endpoint === endpoint && candidate.key === key,
  );
  if (record === undefined) {
    return null;
  }
  if (record.fingerprint !== fingerprint) {
    return refuse(409, 'IDEMPOTENCY_CONFLICT', '这次提交与之前的提交内容不一致，请刷新页面后重新填写提交');
  }
  return record.resultId;
}

export function rememberResult(
  ctx: SignedInContext,
  endpoint: Endpoint,
  key: string,
  fingerprint: string,
  resultId: string,
): void {
  const ownerId = ctx.viewer.personId;
  ctx.state.idempotency.push({ ownerId, endpoint, key, fingerprint, resultId, at: ctx.now });
  const own = ctx.state.idempotency.filter((record) => record.ownerId === ownerId);
  if (own.length > MAX_KEYS_PER_PERSON) {
    const forgotten = new Set(own.slice(0, own.length - MAX_KEYS_PER_PERSON));
    ctx.state.idempotency = ctx.state.idempotency.filter((record) => !forgotten.has(record));
  }
}
