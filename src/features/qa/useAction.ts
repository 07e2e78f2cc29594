import { useState } from 'react';

export interface Outcome {
  kind: 'ok' | 'error';
  message: string;
}

/**
 * One console action at a time, and what came of it in words QA can read: the success line the
 * action returns, or the back end's own Chinese message when it refused.
 */
export function useAction<Name extends string>() {
  const [busy, setBusy] = useState<Name | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(name: Name, action: () => Promise<string>): Promise<boolean> {
    setBusy(name);
    setOutcome(null);
    try {
      setOutcome({ kind: 'ok', message: await action() });
      return true;
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : '操作没有完成，请重试' });
      return false;
    } finally {
      setBusy(null);
    }
  }

  return { busy, outcome, run, fail: (message: string) => setOutcome({ kind: 'error', message }) };
}
