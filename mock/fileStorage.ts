/**
 * A KeyValueStorage in one JSON file, for `npm run mock:serve --state file.json` (Node only).
 * The file holds full ID numbers, so it is the owner's alone (0600); every write reaches the disk
 * before it replaces the last one, and a file that cannot be read is kept aside, never lost.
 */
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import dayjs from 'dayjs';
import type { KeyValueStorage } from './backend';

export interface FileStorageOptions {
  /** Where the warning about an unreadable file goes (stderr by default). */
  warn?: (message: string) => void;
}

const OWNER_ONLY = 0o600;

type Read = { ok: true; items: Map<string, string> } | { ok: false };

function parseItems(text: string): Read {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false };
    }
    return {
      ok: true,
      items: new Map(
        Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ),
    };
  } catch {
    return { ok: false };
  }
}

function readFile(path: string): Read {
  return existsSync(path) ? parseItems(readFileSync(path, 'utf8')) : { ok: false };
}

/** The file, else the previous good copy (a crash between the two renames leaves only that one). */
function readItems(path: string, warn: (message: string) => void): Map<string, string> {
  const previous = `${path}.bak`;
  if (!existsSync(path)) {
    const backup = readFile(previous);
    return backup.ok ? backup.items : new Map();
  }
  const read = readFile(path);
  if (read.ok) {
    return read.items;
  }
  const kept = `${path}.corrupt-${dayjs().format('YYYYMMDD-HHmmss-SSS')}`;
  copyFileSync(path, kept);
  chmodSync(kept, OWNER_ONLY);
  const backup = readFile(previous);
  warn(
    `mock state file ${path} could not be read; it is kept as ${kept}, and ` +
      (backup.ok ? `the previous good copy ${previous} is used instead` : 'the seed is used instead'),
  );
  return backup.ok ? backup.items : new Map();
}

/**
 * Written in full to a temporary file and flushed to disk; the current file becomes the previous
 * good copy and the new one takes its place.
 */
function writeDurably(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', OWNER_ONLY);
  try {
    // A temporary file left by a crash keeps its old mode through open(): set it again.
    fchmodSync(fd, OWNER_ONLY);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (existsSync(path)) {
    renameSync(path, `${path}.bak`);
  }
  renameSync(temporary, path);
}

export function fileStorage(path: string, options: FileStorageOptions = {}): KeyValueStorage {
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  const items = readItems(path, warn);
  const save = (): void => writeDurably(path, JSON.stringify(Object.fromEntries(items)));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
      save();
    },
    removeItem: (key) => {
      items.delete(key);
      save();
    },
  };
}
