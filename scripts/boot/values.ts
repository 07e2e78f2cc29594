/**
 * Narrowing helpers for values that cross the sandbox boundary: they come from another realm, so
 * `instanceof Error` / `instanceof Object` are false even for genuine errors and objects.
 */

export type AnyFunction = (...args: unknown[]) => unknown;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function callable(value: unknown): AnyFunction | undefined {
  return typeof value === 'function' ? (value as AnyFunction) : undefined;
}

export function isErrorLike(value: unknown): value is { message: string; stack: string } {
  return isRecord(value) && typeof value.message === 'string' && typeof value.stack === 'string';
}

/** First lines of the stack when there is one (it names the built file and line), else the value. */
export function describeError(error: unknown): string {
  if (isRecord(error)) {
    if (typeof error.stack === 'string' && error.stack.length > 0) {
      // The harness's own frames and Node's timer internals say nothing about the app.
      const lines = error.stack
        .split('\n')
        .filter((line) => !line.includes(__dirname) && !line.includes('(node:'));
      return lines.slice(0, 4).join('\n');
    }
    if (typeof error.message === 'string') return error.message;
    // What a failed mini-program API hands to `fail`.
    if (typeof error.errMsg === 'string') return error.errMsg;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
