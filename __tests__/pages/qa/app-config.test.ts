/** Which builds register the QA console: src/app.config.ts as the Taro CLI evaluates it, in Node. */
interface AppConfig {
  subPackages: { root: string; pages: string[] }[];
}

function appConfigFor(env: { TARO_ENV: NodeJS.ProcessEnv['TARO_ENV']; TARO_APP_QA?: string }): AppConfig {
  const saved = process.env;
  process.env = { ...saved, TARO_ENV: env.TARO_ENV };
  if (env.TARO_APP_QA === undefined) delete process.env.TARO_APP_QA;
  else process.env.TARO_APP_QA = env.TARO_APP_QA;
  Object.assign(globalThis, { defineAppConfig: (config: AppConfig) => config });
  try {
    let config: AppConfig | undefined;
    jest.isolateModules(() => {
      config = (require('@/app.config') as { default: AppConfig }).default;
    });
    return config as AppConfig;
  } finally {
    process.env = saved;
  }
}

const registersConsole = (config: AppConfig) =>
  config.subPackages.some((sub) => sub.root === 'pages/qa' && sub.pages.includes('console/index'));

test('the H5 build registers the QA console', () => {
  expect(registersConsole(appConfigFor({ TARO_ENV: 'h5' }))).toBe(true);
});

test('a mini-program built with TARO_APP_QA=1 registers the QA console', () => {
  expect(registersConsole(appConfigFor({ TARO_ENV: 'weapp', TARO_APP_QA: '1' }))).toBe(true);
});

test('a production mini-program leaves the QA console out', () => {
  expect(registersConsole(appConfigFor({ TARO_ENV: 'weapp' }))).toBe(false);
  expect(registersConsole(appConfigFor({ TARO_ENV: 'alipay', TARO_APP_QA: '' }))).toBe(false);
});
