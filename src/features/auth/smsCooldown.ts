import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { create } from 'zustand';

/**
 * When each phone number may ask for its next SMS code. The back end's cooldown belongs to the
 * number, so the page shows it for the number typed: a second person on the same phone asks for her
 * own code at once, and the first one back within the minute sees his countdown from the start.
 * Memory only: phone numbers are never stored on the device (docs/security.md).
 */
interface SmsCooldownState {
  until: Record<string, number>;
  start(phone: string, seconds: number): void;
}

export const useSmsCooldowns = create<SmsCooldownState>()((set) => ({
  until: {},
  start: (phone, seconds) =>
    set((state) => ({ until: { ...state.until, [phone]: dayjs().add(seconds, 'second').valueOf() } })),
}));

function secondsUntil(deadline: number | undefined): number {
  if (deadline === undefined) return 0;
  return Math.max(0, Math.ceil((deadline - dayjs().valueOf()) / 1000));
}

/** Seconds until this phone number may ask for another code, ticking once a second; 0 when it may. */
export function useSmsCooldown(phone: string): number {
  const deadline = useSmsCooldowns((state) => state.until[phone]);
  // Only makes the page draw again each second; the seconds are always read from the deadline.
  const [, setTick] = useState(0);

  useEffect(() => {
    if (secondsUntil(deadline) === 0) return undefined;
    const timer = setInterval(() => {
      setTick((tick) => tick + 1);
      if (secondsUntil(deadline) === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  return secondsUntil(deadline);
}
