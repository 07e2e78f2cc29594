/**
 * PII audit of a browser run (docs/security.md): everything the pages write to the console, and
 * every localStorage / sessionStorage value — each write as it happens and what is left at the
 * end — may hold no full ID number and no full mainland phone number, except under the embedded
 * back end's own store ('family-mock-state', the stand-in for the platform's database); no
 * session token may ever reach the console.
 *
 *   const pii = await watchPii(context);   // before the first page.goto
 *   ...
 *   await pii.check();                     // in afterEach: throws, naming every leak
 *
 * What the QA console shows on screen (full persona ID numbers, by design) is not audited: that is
 * the screen, not a log or the phone's storage. What the console writes to storage is.
 */
import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import { DEFAULT_STORAGE_KEY, PERSONAS } from '../../../mock';

/** Where the session store keeps the token (src/features/auth/session.ts). */
export const SESSION_KEY = 'family-session';
/** The back end's database: the one place full numbers may be kept. */
export const BACKEND_KEY = DEFAULT_STORAGE_KEY;

/** Any 18-character ID number, or 11-digit mobile number, not part of a longer run of digits. */
const FULL_ID = /(?:^|[^0-9])([1-9]\d{16}[\dXx])(?![0-9])/g;
const FULL_PHONE = /(?:^|[^0-9])(1[3-9]\d{9})(?![0-9])/g;
/** Blob URLs of photo previews carry UUIDs, whose hex groups can hold a digit run that looks like a phone. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The seed personas' own numbers, found anywhere, even glued to letters. */
const SEED_NUMBERS = PERSONAS.flatMap((persona) =>
  persona.phone === null ? [persona.idNumber] : [persona.idNumber, persona.phone],
);

const BINDING = '__piiStorageWrite';

export interface PiiSummary {
  consoleLines: number;
  storageWrites: number;
  storageValues: number;
  tokens: number;
}

export interface PiiAudit {
  /** Every console message so far ("type: text"), page errors included. */
  readonly consoleLines: readonly string[];
  /** Audits everything seen so far and every storage value now; throws with every finding. */
  check(): Promise<PiiSummary>;
}

interface StorageEntry {
  where: string;
  key: string;
  value: string;
}

/** 440106194506103028 → 4401**********3028, 13800000002 → 138****0002: findings stay masked. */
function masked(number: string): string {
  return number.length === 18
    ? `${number.slice(0, 4)}${'*'.repeat(10)}${number.slice(-4)}`
    : `${number.slice(0, 3)}****${number.slice(-4)}`;
}

function fullNumbersIn(text: string): string[] {
  const found = new Set<string>();
  const scrubbed = text.replace(UUID, '<uuid>');
  for (const pattern of [FULL_ID, FULL_PHONE]) {
    for (const match of scrubbed.matchAll(pattern)) found.add(match[1]);
  }
  for (const number of SEED_NUMBERS) if (text.includes(number)) found.add(number);
  return [...found];
}

/** Taro keeps `{"data": …}` around each value, and zustand a JSON string inside that. */
function tokensIn(value: string): string[] {
  const tokens: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || node === undefined) return;
    if (typeof node === 'string') {
      if (/^[[{]/.test(node.trim())) {
        try {
          visit(JSON.parse(node), depth + 1);
        } catch {
          // Not JSON after all.
        }
      }
      return;
    }
    if (typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'token' && typeof child === 'string' && child.length > 0) tokens.push(child);
      else visit(child, depth + 1);
    }
  };
  visit(value, 0);
  return tokens;
}

/** Records every storage write the pages make, wrapping Storage#setItem before the app loads. */
function recordStorageWrites({ binding, backendKey }: { binding: string; backendKey: string }): void {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
    original.call(this, key, value);
    const record = (window as unknown as Record<string, unknown>)[binding];
    if (String(key) === backendKey || typeof record !== 'function') return;
    const area = this === window.sessionStorage ? 'sessionStorage' : 'localStorage';
    void (record as (...args: string[]) => Promise<void>)(area, String(key), String(value)).catch(
      () => undefined,
    );
  };
}

/** Every storage value of the page; for the back end's store only the tokens of its sessions. */
function readStorage(backendKey: string): {
  entries: { where: string; key: string; value: string }[];
  backendTokens: string[];
} {
  const entries: { where: string; key: string; value: string }[] = [];
  const backendTokens: string[] = [];
  const areas: [string, () => Storage][] = [
    ['localStorage', () => window.localStorage],
    ['sessionStorage', () => window.sessionStorage],
  ];
  for (const [where, open] of areas) {
    let storage: Storage;
    try {
      storage = open();
    } catch {
      continue; // about:blank and other opaque origins have no storage.
    }
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? '';
      const value = storage.getItem(key) ?? '';
      if (key !== backendKey) {
        entries.push({ where, key, value });
        continue;
      }
      try {
        let state: unknown = JSON.parse(value);
        if (state && typeof state === 'object' && 'data' in state) state = (state as { data: unknown }).data;
        if (typeof state === 'string') state = JSON.parse(state);
        const sessions = (state as { sessions?: { token?: unknown }[] }).sessions ?? [];
        for (const session of sessions)
          if (typeof session.token === 'string') backendTokens.push(session.token);
      } catch {
        // An unreadable store holds no sessions to look for.
      }
    }
  }
  return { entries, backendTokens };
}

/** Starts watching a browser context; call before its pages open the app. */
export async function watchPii(context: BrowserContext): Promise<PiiAudit> {
  const consoleLines: string[] = [];
  const pendingArguments: Promise<void>[] = [];
  const writes: StorageEntry[] = [];

  context.on('console', (message: ConsoleMessage) => {
    consoleLines.push(`${message.type()}: ${message.text()}`);
    // text() previews objects; their JSON catches a number nested deeper than the preview shows.
    pendingArguments.push(
      Promise.all(message.args().map((arg) => arg.jsonValue() as Promise<unknown>)).then(
        (values) => {
          const json = JSON.stringify(values);
          if (json && json !== '[]') consoleLines.push(`${message.type()} (arguments): ${json}`);
        },
        () => undefined, // The page went away before the values could be read.
      ),
    );
  });
  context.on('weberror', (error) => {
    const thrown = error.error();
    consoleLines.push(`pageerror: ${thrown.message}\n${thrown.stack ?? ''}`);
  });
  await context.exposeBinding(BINDING, (_source, where: string, key: string, value: string) => {
    writes.push({ where: `${where} (written)`, key, value });
  });
  await context.addInitScript(recordStorageWrites, { binding: BINDING, backendKey: BACKEND_KEY });
  // Pages opened before watching (about:blank) get the wrapper on their first navigation.

  return {
    consoleLines,
    async check() {
      await Promise.all(pendingArguments.splice(0));
      const findings: string[] = [];
      const stored: StorageEntry[] = [];
      const tokens = new Set<string>();

      for (const page of context.pages()) {
        if (page.isClosed()) continue;
        try {
          const { entries, backendTokens } = await page.evaluate(readStorage, BACKEND_KEY);
          stored.push(...entries);
          backendTokens.forEach((token) => tokens.add(token));
        } catch {
          // A page closing or navigating right now; its storage is the same origin's as the others'.
        }
      }

      for (const { where, key, value } of [...writes, ...stored]) {
        const sessionTokens = key === SESSION_KEY ? tokensIn(value) : [];
        sessionTokens.forEach((token) => tokens.add(token));
        // A token is random hex: a run of its digits can look like a phone number and is not one.
        const scanned = sessionTokens.reduce((rest, token) => rest.split(token).join('<token>'), value);
        for (const number of fullNumbersIn(scanned)) {
          findings.push(`${where}['${key}'] holds the full number ${masked(number)}`);
        }
      }
      for (const line of consoleLines) {
        const numbers = fullNumbersIn(line);
        const leakedTokens = [...tokens].filter((token) => line.includes(token));
        // Which line, without repeating what leaked in it.
        let head = line;
        numbers.forEach((number) => (head = head.split(number).join(masked(number))));
        leakedTokens.forEach((token) => (head = head.split(token).join('<token>')));
        head = head.slice(0, 60).replace(/\s+/g, ' ');
        for (const number of numbers) {
          findings.push(`the console wrote the full number ${masked(number)} ("${head}…")`);
        }
        if (leakedTokens.length > 0) findings.push(`the console wrote a session token ("${head}…")`);
      }

      if (findings.length > 0) {
        throw new Error(`PII audit failed:\n  ${[...new Set(findings)].join('\n  ')}`);
      }
      return {
        consoleLines: consoleLines.length,
        storageWrites: writes.length,
        storageValues: stored.length,
        tokens: tokens.size,
      };
    },
  };
}
