/** Fault injection: every request waits a random latency and a share of them fail with 503. */
import type { MockFaults } from '@/services/contract';
import type { Body } from './read';
import { readIntegerPair, readNumber } from './read';

export function noFaults(): MockFaults {
  return { failureRate: 0, latencyMs: [0, 0] };
}

const MAX_LATENCY_MS = 30_000;

export function readFaults(body: Body): MockFaults {
  return {
    failureRate: readNumber(body, 'failureRate', '失败率', { min: 0, max: 1 }),
    latencyMs: readIntegerPair(body, 'latencyMs', '延迟', { min: 0, max: MAX_LATENCY_MS }),
  };
}

/** Faults given in code; a bad value is a programming error. */
export function checkFaults(faults: MockFaults): MockFaults {
  const [min, max] = faults.latencyMs;
  const valid =
    Number.isFinite(faults.failureRate) &&
    faults.failureRate >= 0 &&
    faults.failureRate <= 1 &&
    Number.isSafeInteger(min) &&
    Number.isSafeInteger(max) &&
    min >= 0 &&
    min <= max &&
    max <= MAX_LATENCY_MS;
  if (!valid) {
    throw new TypeError(`invalid mock faults ${JSON.stringify(faults)}`);
  }
  return { failureRate: faults.failureRate, latencyMs: [min, max] };
}

/**
 * Faults from environment variables, for `npm run mock:serve` and the embedded transport:
 * `<prefix>FAILURE_RATE` (0..1) and `<prefix>LATENCY_MS` ("300" or "100-800").
 * Returns undefined when neither is set; throws with a readable message when one is malformed.
 */
export function faultsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  prefix = 'MOCK_',
): MockFaults | undefined {
  const rate = env[`${prefix}FAILURE_RATE`];
  const latency = env[`${prefix}LATENCY_MS`];
  if ((rate === undefined || rate === '') && (latency === undefined || latency === '')) {
    return undefined;
  }
  const failureRate = rate === undefined || rate === '' ? 0 : Number(rate);
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(latency ?? '0');
  if (match === null) {
    throw new TypeError(`${prefix}LATENCY_MS should be "300" or "100-800", got ${JSON.stringify(latency)}`);
  }
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return checkFaults({ failureRate, latencyMs: [min, max] });
}
