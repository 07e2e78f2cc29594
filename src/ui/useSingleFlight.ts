import { useCallback, useRef } from 'react';

/** One submission at a time: a second tap while the first is on its way does nothing. */
export function useSingleFlight(): (run: () => Promise<void>) => Promise<void> {
  const busy = useRef(false);
  return useCallback(async (run: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await run();
    } finally {
      busy.current = false;
    }
  }, []);
}
