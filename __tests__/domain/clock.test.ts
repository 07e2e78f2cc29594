import { execFileSync } from 'node:child_process';
import path from 'node:path';
import dayjs from 'dayjs';
import { dayLabel, now, readTimeLabel } from '@/domain';

// The tab pages format time without dayjs (src/domain/clock.ts); dayjs stays the reference. The
// property runs in a child process per zone (clock-zone.ts), as a jest worker keeps its own TZ.
const TSX = require.resolve('tsx/cli');
const ZONE_CHECK = path.join(__dirname, 'clock-zone.ts');

test.each(['Asia/Shanghai', 'UTC', 'America/Los_Angeles'])(
  'the read time and the day say what dayjs says for any instant, on a phone set to %s',
  (zone) => {
    const output = execFileSync(process.execPath, [TSX, ZONE_CHECK], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(output).toContain(`agrees with dayjs in ${zone}`);
  },
);

test('a read time from earlier today shows the time only', () => {
  const today = new Date(2026, 11, 1, 16, 30).getTime();
  expect(readTimeLabel(new Date(2026, 11, 1, 9, 5).getTime(), today)).toBe('09:05');
});

test('a read time from another day shows the day as well', () => {
  const today = new Date(2026, 11, 1, 16, 30).getTime();
  expect(readTimeLabel(new Date(2026, 5, 14, 10, 5).getTime(), today)).toBe('6月14日 10:05');
});

test("a day from the back end's instant is written the Chinese way", () => {
  expect(dayLabel(new Date(2025, 5, 15, 12, 0).toISOString())).toBe('2025年6月15日');
});

test('now is the clock that dayjs reads', () => {
  jest.useFakeTimers().setSystemTime(new Date('2026-12-01T08:00:00Z'));
  try {
    expect(now()).toBe(dayjs().valueOf());
  } finally {
    jest.useRealTimers();
  }
});
