/**
 * Counters of recent events by key (a phone, a client, a phone from one client), in memory: the
 * SMS codes and the limits that keep one anonymous client from locking anyone else out or
 * enumerating phones. They guard a running back end and are no part of the platform's records,
 * so a restart forgets them (a code has to be asked for again).
 */
import dayjs from 'dayjs';

/** Beyond this many keys the least recently touched are forgotten, so memory stays bounded. */
const MAX_KEYS = 20_000;

export interface Limits {
  /** Records an event at `now` and answers how many fall in the window ending at `now`. */
  hit(key: string, now: string, windowMs: number): number;
  /** Events in the window ending at `now`. */
  count(key: string, now: string, windowMs: number): number;
  /** Milliseconds since the oldest event still in the window, or null when there is none. */
  oldestAgeMs(key: string, now: string, windowMs: number): number | null;
  /** Milliseconds since the newest event, or null when there is none. */
  newestAgeMs(key: string, now: string): number | null;
  clear(key: string): void;
  /** Forgets everything (QA's reset). */
  clearAll(): void;
}

export function createLimits(): Limits {
  const events = new Map<string, number[]>();

  function recent(key: string, at: number, windowMs: number): number[] {
    const kept = (events.get(key) ?? []).filter((time) => at - time < windowMs && time <= at);
    if (kept.length === 0) {
      events.delete(key);
    } else {
      events.set(key, kept);
    }
    return kept;
  }

  return {
    hit(key, now, windowMs) {
      const at = dayjs(now).valueOf();
      const kept = recent(key, at, windowMs);
      kept.push(at);
      // Re-inserted last: a Map iterates in insertion order, so the first key is the stalest.
      events.delete(key);
      events.set(key, kept);
      if (events.size > MAX_KEYS) {
        const stalest = events.keys().next();
        if (stalest.done !== true) {
          events.delete(stalest.value);
        }
      }
      return kept.length;
    },
    count(key, now, windowMs) {
      return recent(key, dayjs(now).valueOf(), windowMs).length;
    },
    oldestAgeMs(key, now, windowMs) {
      const at = dayjs(now).valueOf();
      const kept = recent(key, at, windowMs);
      return kept.length === 0 ? null : at - kept[0];
    },
    newestAgeMs(key, now) {
      const kept = events.get(key);
      return kept === undefined || kept.length === 0 ? null : dayjs(now).valueOf() - kept[kept.length - 1];
    },
    clear(key) {
      events.delete(key);
    },
    clearAll() {
      events.clear();
    },
  };
}
