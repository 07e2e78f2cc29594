import { useEffect, useState } from 'react';

/** Seconds left until a deadline, ticking once a second; 0 when there is none. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (deadline === null) return undefined;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) setDeadline(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const left = deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
  const start = (seconds: number) => {
    const current = Date.now();
    setNow(current);
    setDeadline(current + seconds * 1000);
  };
  return [left, start];
}
