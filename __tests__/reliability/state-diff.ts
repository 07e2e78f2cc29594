/**
 * What changed between two exported states, in a line per part: a failing property then says
 * "sms: 5 → 6 records" instead of printing two 20 KB JSON strings.
 */
export function stateDiff(before: string, after: string): string[] {
  if (before === after) return [];
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => {
      const was = a[key];
      const now = b[key];
      if (!Array.isArray(was) || !Array.isArray(now))
        return `${key}: ${JSON.stringify(was)} → ${JSON.stringify(now)}`;
      const changed = now.findIndex((item, index) => JSON.stringify(item) !== JSON.stringify(was[index]));
      const at = changed < 0 ? was.length : changed;
      return `${key}: ${was.length} → ${now.length} records, first difference at ${at}: ${JSON.stringify(now[at] ?? was[at]).slice(0, 300)}`;
    });
}
