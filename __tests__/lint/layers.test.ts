import path from 'node:path';
import { execFile } from 'node:child_process';

const root = path.resolve(__dirname, '..', '..');

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

/** Lints `code` as if it were the file at `filePath`, through the ESLint CLI (it loads the flat config as ESM, which jest cannot). */
function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [
        path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '--format',
        'json',
        '--stdin',
        '--stdin-filename',
        filePath,
      ],
      { cwd: root },
      (error, stdout) => {
        if (!stdout) {
          reject(error ?? new Error('eslint printed nothing'));
          return;
        }
        const [result] = JSON.parse(stdout) as LintResult[];
        resolve(result.messages.map((m) => m.ruleId ?? m.message));
      },
    );
    child.stdin?.end(code);
  });
}

jest.setTimeout(30_000);

test('lint rejects an import of a page into src/domain', async () => {
  const ids = await ruleIdsFor(
    'src/domain/fixture.ts',
    "import HomePage from '../pages/index/index';\nexport const page = HomePage;\n",
  );
  expect(ids).toContain('import-x/no-restricted-paths');
});

test('lint rejects Taro inside src/domain', async () => {
  const ids = await ruleIdsFor(
    'src/domain/fixture.ts',
    "import Taro from '@tarojs/taro';\nexport const t = Taro;\n",
  );
  expect(ids).toContain('no-restricted-imports');
});

test('lint rejects a page that imports the mock back end', async () => {
  const ids = await ruleIdsFor(
    'src/pages/fixture/index.tsx',
    "import * as mock from '../../../mock';\nexport const m = mock;\n",
  );
  expect(ids).toEqual(expect.arrayContaining(['no-restricted-imports']));
});

test('lint rejects an explicit any', async () => {
  const ids = await ruleIdsFor('src/components/fixture.ts', 'export const value: any = 1;\n');
  expect(ids).toContain('@typescript-eslint/no-explicit-any');
});

test('lint accepts a page that uses the domain', async () => {
  const ids = await ruleIdsFor(
    'src/pages/fixture/index.tsx',
    "import type { Result } from '../../domain/types';\nexport type R = Result<number>;\n",
  );
  expect(ids).toEqual([]);
});
