import fs from 'node:fs';

/** The one command that installs what the browser tests need on Debian or Ubuntu. */
export const BROWSER_INSTALL_HINT = 'sudo apt-get install -y chromium fonts-noto-cjk';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The Chrome or Chromium the browser tests drive: CHROME_PATH (or CHROMIUM_PATH) when set, else
 * the first of the usual install places that exists; null when there is none.
 */
export function findBrowser(env: Record<string, string | undefined> = process.env): string | null {
  const chosen = env.CHROME_PATH ?? env.CHROMIUM_PATH;
  if (chosen) return fs.existsSync(chosen) ? chosen : null;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}
