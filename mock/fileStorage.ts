/** A KeyValueStorage in one JSON file, for `npm run mock:serve --state file.json` (Node only). */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { KeyValueStorage } from './backend';

function readItems(path: string): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return new Map();
    }
    return new Map(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    // No file yet, or not ours: the back end restores its seed.
    return new Map();
  }
}

export function fileStorage(path: string): KeyValueStorage {
  const items = readItems(path);
  const save = (): void => {
    // Write then rename, so a crash never leaves half a file behind.
    const temporary = `${path}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(items)));
    renameSync(temporary, path);
  };
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
