import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../../scripts/find-browser';

let installed: string;

beforeAll(() => {
  installed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'browser-')), 'chrome');
  fs.writeFileSync(installed, '');
});

test('CHROME_PATH names the browser the tests drive', () => {
  expect(findBrowser({ CHROME_PATH: installed })).toBe(installed);
});

test('a CHROME_PATH that points at nothing finds no browser rather than guessing another', () => {
  expect(findBrowser({ CHROME_PATH: path.join(path.dirname(installed), 'missing') })).toBeNull();
});

test('CHROMIUM_PATH still works for set-ups written before CHROME_PATH', () => {
  expect(findBrowser({ CHROMIUM_PATH: installed })).toBe(installed);
});
