/**
 * The usage-record list with 1,000 records, in the H5 build (not a timed test). `npm run bench`
 * measures it with the rest; on its own:
 *
 *   npm run build:h5:demo                       # or TARO_OUTPUT=/tmp/h5 …, then H5_DIST=/tmp/h5
 *   npx tsx bench/usage-list.ts --runs 5 --throttle 4
 *
 * The mock back end runs here in Node first: 周建军 signs in and QA settles 1,000 pharmacy bills for
 * 王大力 through their seeded relation. That state and the session are put in the browser's storage
 * before the app starts, exactly where the embedded back end and the session store keep them, so
 * the app opens 为王*力支付的记录 as that person would after a restart.
 */
import path from 'node:path';
import { createMockBackend, DEFAULT_STORAGE_KEY, memoryStorage, QA_KEY_HEADER } from '../mock';
import type { LoginResponse } from '../src/services/contract';
import { serveStatic } from '../scripts/static-server';
import { launchChromium, measureListNodes, type ListMetrics } from './browser';
import { USAGE_LIST } from './config';

const SPONSOR_PHONE = '13900000003';
const PATIENT_ID_NUMBER = '410102195505053114';

async function call<T>(
  backend: ReturnType<typeof createMockBackend>,
  method: string,
  route: string,
  body: unknown,
): Promise<T> {
  // QA's own routes answer only with the back end's QA credential.
  const headers: Record<string, string> = route.startsWith('/api/_mock/')
    ? { [QA_KEY_HEADER]: backend.qaKey }
    : {};
  const answer = await backend.handle({ method, path: route, headers, body });
  if (answer.status >= 300) throw new Error(`${method} ${route}: ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

/**
 * The mock state with the list's records and 周建军's session, as the embedded back end stores it
 * (QA's export leaves sessions out, so the stored copy is taken instead).
 */
async function prepareState(): Promise<{ state: string; login: LoginResponse }> {
  const storage = memoryStorage();
  const backend = createMockBackend({ storage, autoApproveAfterMs: null });
  await call(backend, 'POST', '/api/auth/sms-code', { phone: SPONSOR_PHONE });
  const login = await call<LoginResponse>(backend, 'POST', '/api/auth/login', {
    phone: SPONSOR_PHONE,
    code: '123456',
  });
  for (let i = 1; i <= USAGE_LIST.records; i += 1) {
    await call(backend, 'POST', '/api/_mock/settle', {
      idNumber: PATIENT_ID_NUMBER,
      amountFen: 10,
      institution: `张仲景大药房（第${i}店）`,
      category: 'pharmacy',
    });
  }
  const state = storage.getItem(DEFAULT_STORAGE_KEY);
  if (state === null) throw new Error('the mock back end stored no state');
  return { state, login };
}

/**
 * A browser init script that puts the prepared state and session in storage on the first load.
 * Taro's H5 storage wraps each value as {data}; the session store is zustand's {state, version}.
 */
export async function usageListSetupScript(): Promise<string> {
  const { state, login } = await prepareState();
  const entries = {
    'family-mock-state': JSON.stringify({ data: state }),
    'family-session': JSON.stringify({
      data: JSON.stringify({ state: { token: login.token, sponsor: login.sponsor }, version: 1 }),
    }),
  };
  return `
    if (!sessionStorage.getItem('bench-seeded')) {
      for (const [key, value] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(key, value);
      sessionStorage.setItem('bench-seeded', '1');
    }
  `;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const runs = option('runs', 3);
  const cpuSlowdown = option('throttle', 1);
  const root = path.resolve(process.env.H5_DIST ?? path.join(__dirname, '..', 'dist', 'h5'));
  console.log(`preparing ${USAGE_LIST.records} records in the mock back end…`);
  const setupScript = await usageListSetupScript();
  const server = await serveStatic(root);
  const browser = await launchChromium();
  try {
    const results: ListMetrics[] = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await measureListNodes(browser, server.url, USAGE_LIST, { setupScript, cpuSlowdown });
      results.push(result);
      console.log(`run ${i + 1}: ${JSON.stringify(result)}`);
    }
    const summary = {
      build: root,
      records: USAGE_LIST.records,
      cpuThrottle: cpuSlowdown,
      runs,
      firstListPaintMsMedian: median(results.map((result) => result.firstListPaintMs)),
      maxListItemsInDom: Math.max(...results.map((result) => result.maxItemsInDom)),
      maxElementsInDom: Math.max(...results.map((result) => result.maxElementsInDom)),
      recordsSeen: Math.min(...results.map((result) => result.recordsSeen)),
    };
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
