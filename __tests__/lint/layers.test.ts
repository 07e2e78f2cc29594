import path from 'node:path';
import { execFile } from 'node:child_process';

const root = path.resolve(__dirname, '..', '..');

interface Fixture {
  filePath: string;
  code: string;
}

/** Each fixture is linted as if it were the file at its path. */
const fixtures = {
  pageInDomain: {
    filePath: 'src/domain/fixture.ts',
    code: "import HomePage from '../pages/index/index';\nexport const page = HomePage;\n",
  },
  taroInDomain: {
    filePath: 'src/domain/fixture.ts',
    code: "import Taro from '@tarojs/taro';\nexport const t = Taro;\n",
  },
  mockInPage: {
    filePath: 'src/pages/fixture/index.tsx',
    code: "import * as mock from '../../../mock';\nexport const m = mock;\n",
  },
  explicitAny: { filePath: 'src/ui/fixture.ts', code: 'export const value: any = 1;\n' },
  domainInPage: {
    filePath: 'src/pages/fixture/index.tsx',
    code: "import type { Result } from '../../domain/types';\nexport type R = Result<number>;\n",
  },
  featureIndexInPage: {
    filePath: 'src/pages/fixture/index.tsx',
    code: "import { useMoney } from '@/features/money';\nexport const m = useMoney;\n",
  },
  featureInsideInPage: {
    filePath: 'src/pages/fixture/index.tsx',
    code: "import { useMoney } from '@/features/money/store';\nexport const m = useMoney;\n",
  },
  featureInsideInOtherFeature: {
    filePath: 'src/features/household/fixture.ts',
    code: "import { useRelations } from '@/features/relations/queries';\nexport const f = useRelations;\n",
  },
  featureIndexInOtherFeature: {
    filePath: 'src/features/household/fixture.ts',
    code: "import { useRelations } from '@/features/relations';\nexport const f = useRelations;\n",
  },
  featureInUi: {
    filePath: 'src/ui/fixture.ts',
    code: "import { useSession } from '@/features/auth';\nexport const s = useSession;\n",
  },
  servicesInUi: {
    filePath: 'src/ui/fixture.ts',
    code: "import { listRelations } from '@/services';\nexport const l = listRelations;\n",
  },
  servicesInPage: {
    filePath: 'src/pages/fixture/index.tsx',
    code: "import { listRelations } from '@/services';\nexport const l = listRelations;\n",
  },
  clickOnlyButton: {
    filePath: 'src/ui/fixture.tsx',
    code: 'import { View } from \'@tarojs/components\';\nexport const B = ({ go }: { go(): void }) => <View role="button" onClick={go}>去</View>;\n',
  },
  pressableButton: {
    filePath: 'src/ui/fixture.tsx',
    code: "import { View } from '@tarojs/components';\nimport { pressable } from './pressable';\nexport const B = ({ go }: { go(): void }) => <View role=\"button\" onClick={go} {...pressable(go)}>去</View>;\n",
  },
} satisfies Record<string, Fixture>;

// One ESLint process for every fixture: loading the flat config (ESM, which jest cannot) and the
// TypeScript resolver is most of the cost, so it is paid once.
const LINT_ALL = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint();
const out = {};
for (const [name, { filePath, code }] of Object.entries(JSON.parse(input))) {
  const [result] = await eslint.lintText(code, { filePath });
  out[name] = result.messages.map((m) => m.ruleId ?? m.message);
}
process.stdout.write(JSON.stringify(out));
`;

function lintAll(): Promise<Record<keyof typeof fixtures, string[]>> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '--eval', LINT_ALL],
      { cwd: root, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout) => {
        if (!stdout) {
          reject(error ?? new Error('eslint printed nothing'));
          return;
        }
        resolve(JSON.parse(stdout) as Record<keyof typeof fixtures, string[]>);
      },
    );
    child.stdin?.end(JSON.stringify(fixtures));
  });
}

jest.setTimeout(60_000);

let ruleIds: Record<keyof typeof fixtures, string[]>;
beforeAll(async () => {
  ruleIds = await lintAll();
});

test('lint rejects an import of a page into src/domain', () => {
  expect(ruleIds.pageInDomain).toContain('import-x/no-restricted-paths');
});

test('lint rejects Taro inside src/domain', () => {
  expect(ruleIds.taroInDomain).toContain('no-restricted-imports');
});

test('lint rejects a page that imports the mock back end', () => {
  expect(ruleIds.mockInPage).toEqual(expect.arrayContaining(['no-restricted-imports']));
});

test('lint rejects an explicit any', () => {
  expect(ruleIds.explicitAny).toContain('@typescript-eslint/no-explicit-any');
});

test('lint accepts a page that uses the domain', () => {
  expect(ruleIds.domainInPage).toEqual([]);
});

test("lint accepts a page that uses a feature's index.ts", () => {
  expect(ruleIds.featureIndexInPage).toEqual([]);
});

test("lint rejects a page that reaches into a feature's files", () => {
  expect(ruleIds.featureInsideInPage).toContain('import-x/no-restricted-paths');
});

test("lint rejects a feature that reaches into another feature's files", () => {
  expect(ruleIds.featureInsideInOtherFeature).toContain('import-x/no-restricted-paths');
});

test("lint accepts a feature that uses another feature's index.ts", () => {
  expect(ruleIds.featureIndexInOtherFeature).toEqual([]);
});

test('lint rejects src/ui that imports a feature', () => {
  expect(ruleIds.featureInUi).toContain('import-x/no-restricted-paths');
});

test('lint rejects a page that calls src/services directly', () => {
  expect(ruleIds.servicesInPage).toContain('import-x/no-restricted-paths');
});

test('lint rejects src/ui that calls src/services', () => {
  expect(ruleIds.servicesInUi).toContain('import-x/no-restricted-paths');
});

test('lint rejects a view that acts as a button but no keyboard can press', () => {
  expect(ruleIds.clickOnlyButton).toContain('no-restricted-syntax');
});

test('lint accepts a view button made pressable', () => {
  expect(ruleIds.pressableButton).toEqual([]);
});
