/**
 * Run by clock.test.ts in a child process whose TZ is the zone to check: a jest worker cannot change
 * its own time zone. Prints the first instant where the tab pages' labels and dayjs disagree.
 */
import dayjs from 'dayjs';
import fc from 'fast-check';
import { dayLabel, readTimeLabel } from '../../src/domain/clock';

const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
const offsets = fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 });

fc.assert(
  fc.property(instants, offsets, (at, later) => {
    const today = at + later;
    const read = dayjs(at).isSame(dayjs(today), 'day')
      ? dayjs(at).format('HH:mm')
      : dayjs(at).format('M月D日 HH:mm');
    const iso = new Date(at).toISOString();
    return readTimeLabel(at, today) === read && dayLabel(iso) === dayjs(iso).format('YYYY年M月D日');
  }),
  { seed: 20261201, numRuns: 2000 },
);
console.log(`agrees with dayjs in ${process.env.TZ}`);
