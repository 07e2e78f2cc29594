/**
 * A release build (TARO_APP_API_MODE=http) talks to the real platform, so it must say where over
 * HTTPS; plain http is accepted only for a build marked as a local test (TARO_APP_LOCAL_TEST=1).
 */
export function releaseBaseProblem(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.TARO_APP_API_MODE !== 'http') return null;
  const base = env.TARO_APP_API_BASE ?? '';
  if (/^https:\/\/[^/\s]+/.test(base)) return null;
  if (env.TARO_APP_LOCAL_TEST === '1' && /^http:\/\/[^/\s]+/.test(base)) return null;
  return (
    `TARO_APP_API_BASE="${base}": a release build needs the back end's https:// address ` +
    '(or TARO_APP_LOCAL_TEST=1 for a build that only runs against a local test server)'
  );
}
