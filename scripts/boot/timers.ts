import { callable } from './values';

/**
 * The timer globals of the sandbox. Every callback the sandbox schedules runs inside a try/catch so
 * an error thrown later (React renders in a setTimeout on a mini-program, which has no
 * MessageChannel or setImmediate) is reported instead of killing the process; the harness can wait
 * for the sandbox to go quiet and, at the end, cancel whatever is still scheduled.
 */
export type ErrorSink = (source: string, error: unknown) => void;

interface Scheduled {
  handle: NodeJS.Timeout;
  due: number;
  repeating: boolean;
}

/** A timer further away than this is a countdown or a poll, not part of rendering: do not wait for it. */
const SETTLE_HORIZON_MS = 1000;

export class SandboxTimers {
  private readonly scheduled = new Map<number, Scheduled>();
  private nextId = 1;

  constructor(private readonly onError: ErrorSink) {}

  /** Runs a callback of ours (an API's success, a setData callback) later, like the platform does. */
  defer(source: string, callback: () => void, delayMs = 0): void {
    this.schedule(source, callback, delayMs, false);
  }

  readonly globals = {
    setTimeout: (handler: unknown, delay?: unknown, ...args: unknown[]): number =>
      this.scheduleSandbox('setTimeout', handler, delay, args, false),
    setInterval: (handler: unknown, delay?: unknown, ...args: unknown[]): number =>
      this.scheduleSandbox('setInterval', handler, delay, args, true),
    clearTimeout: (id: unknown): void => this.cancel(id),
    clearInterval: (id: unknown): void => this.cancel(id),
  };

  /** Resolves once no timer is due within the horizon (intervals never count), or at the deadline. */
  async settle(maxMs: number): Promise<void> {
    const deadline = Date.now() + maxMs;
    for (;;) {
      // A macrotask of the host: lets the sandbox's microtasks and due timers run first.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const horizon = Date.now() + SETTLE_HORIZON_MS;
      const busy = [...this.scheduled.values()].some((timer) => !timer.repeating && timer.due <= horizon);
      if (!busy || Date.now() >= deadline) return;
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
    }
  }

  dispose(): void {
    for (const timer of this.scheduled.values()) clearTimeout(timer.handle);
    this.scheduled.clear();
  }

  private scheduleSandbox(
    source: string,
    handler: unknown,
    delay: unknown,
    args: unknown[],
    repeating: boolean,
  ): number {
    const fn = callable(handler);
    if (!fn) {
      this.onError(source, new TypeError(`${source} was given a ${typeof handler}, not a function`));
      return 0;
    }
    const ms = typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay : 0;
    return this.schedule(source, () => fn(...args), ms, repeating);
  }

  private schedule(source: string, callback: () => void, delayMs: number, repeating: boolean): number {
    const id = this.nextId++;
    const run = () => {
      if (!repeating) this.scheduled.delete(id);
      else this.scheduled.set(id, { handle, due: Date.now() + delayMs, repeating });
      try {
        callback();
      } catch (error) {
        this.onError(source, error);
      }
    };
    const handle = repeating ? setInterval(run, delayMs) : setTimeout(run, delayMs);
    this.scheduled.set(id, { handle, due: Date.now() + delayMs, repeating });
    return id;
  }

  private cancel(id: unknown): void {
    if (typeof id !== 'number') return;
    const timer = this.scheduled.get(id);
    if (!timer) return;
    clearTimeout(timer.handle);
    this.scheduled.delete(id);
  }
}
