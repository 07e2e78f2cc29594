import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { CardCode } from '@/services';

export const cardKeys = { payments: ['card', 'payments'] as const };

/** How often the open card page asks whether a pharmacy has just scanned the code. */
const PAYMENT_POLL_MS = 3000;

interface ShownCode {
  card: CardCode;
  /** On this device's clock: the server's lifetime counted from when the code arrived. */
  deadline: number;
}

/**
 * The person's current 医保码: a fresh one on opening, another when it runs out (every 60 s) or
 * on 刷新. The countdown runs on the device's clock from the code's own lifetime, so a device
 * whose clock differs from the server's still counts the full 60 s.
 */
export function useCardCode() {
  const issue = useMutation(() => services.issueCardCode());
  const { mutate } = issue;
  const [shown, setShown] = useState<ShownCode | null>(null);
  const [now, setNow] = useState(() => dayjs().valueOf());

  const refresh = useCallback(async () => {
    try {
      const card = await mutate(undefined);
      const lifetime = dayjs(card.expiresAt).diff(dayjs(card.issuedAt));
      const arrived = dayjs().valueOf();
      setNow(arrived);
      setShown({ card, deadline: arrived + lifetime });
    } catch {
      // The refusal is on issue.error for the page to show with 重试.
    }
  }, [mutate]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => setNow(dayjs().valueOf()), 1000);
    return () => clearInterval(timer);
  }, [refresh]);

  const secondsLeft = shown ? Math.max(0, Math.ceil((shown.deadline - now) / 1000)) : 0;
  const expired = shown !== null && secondsLeft === 0;
  useEffect(() => {
    if (expired && !issue.pending && issue.error === null) void refresh();
  }, [expired, issue.pending, issue.error, refresh]);

  return {
    card: expired ? null : (shown?.card ?? null),
    secondsLeft,
    refresh,
    refreshing: issue.pending,
    error: issue.error,
  };
}

/** The bills paid with the person's code, asked again every few seconds while the page is open. */
export function useCardPayments() {
  const query = useQuery(cardKeys.payments, () => services.listCardPayments());
  const { refetch } = query;
  useEffect(() => {
    const timer = setInterval(() => void refetch(), PAYMENT_POLL_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  return query;
}
