/**
 * npm run mock:serve [-- --port 9527] [--state file.json] [--auto-approve-ms 10000|never]
 *                    [--qa-key KEY] [--allow-origin http://127.0.0.1:10086 ...]
 * Faults from the environment: MOCK_FAILURE_RATE=0.3 MOCK_LATENCY_MS=100-800; MOCK_QA_KEY as --qa-key.
 */
import type { MockFaults } from '@/services/contract';
import { createMockBackend, faultsFromEnv, memoryStorage, QA_KEY_HEADER } from '../mock';
import { fileStorage } from '../mock/fileStorage';
import { randomToken } from '../mock/random';
import { DEFAULT_PORT, startMockServer } from '../mock/server';

/** The longest automatic review the mock keeps: one day. */
const MAX_DELAY_MS = 86_400_000;

/** The H5 dev server (`npm run dev:h5`) and `npm start`, unless --allow-origin says otherwise. */
const DEFAULT_ORIGINS = ['http://127.0.0.1:10086', 'http://localhost:10086'];

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
}

function options(args: readonly string[], name: string): string[] {
  return args.flatMap((arg, at) => (arg === name && at + 1 < args.length ? [args[at + 1]] : []));
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portText = option(args, '--port') ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port should be a port number (0 for any free port), got ${portText}`);
  }
  const approveText = option(args, '--auto-approve-ms');
  // Not given: the review setting the state holds (关闭 for a new one), which QA may change.
  const autoApproveAfterMs =
    approveText === undefined ? undefined : approveText === 'never' ? null : Number(approveText);
  if (
    typeof autoApproveAfterMs === 'number' &&
    (!Number.isInteger(autoApproveAfterMs) || autoApproveAfterMs < 0 || autoApproveAfterMs > MAX_DELAY_MS)
  ) {
    fail(
      `--auto-approve-ms should be 0 to ${MAX_DELAY_MS} milliseconds or "never", got ${String(approveText)}`,
    );
  }
  const qaKey = option(args, '--qa-key') ?? process.env.MOCK_QA_KEY ?? randomToken();
  if (qaKey.length < 16) {
    fail('--qa-key should be at least 16 characters');
  }
  const given = options(args, '--allow-origin');
  const allowedOrigins = given.length > 0 ? given : DEFAULT_ORIGINS;
  const statePath = option(args, '--state');
  let faults: MockFaults | undefined;
  try {
    faults = faultsFromEnv(process.env);
  } catch (caught) {
    fail(caught instanceof Error ? caught.message : String(caught));
  }
  const backend = createMockBackend({
    storage: statePath === undefined ? memoryStorage() : fileStorage(statePath),
    autoApproveAfterMs,
    faults,
    qaKey,
  });
  const server = await startMockServer({ port, backend, allowedOrigins });
  process.stdout.write(`mock back end listening on ${server.url}\n`);
  process.stdout.write(`QA credential (header ${QA_KEY_HEADER}): ${qaKey}\n`);
  process.stdout.write(`pages allowed to call it: ${allowedOrigins.join(', ')}\n`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((caught: unknown) => {
  fail(caught instanceof Error ? caught.message : String(caught));
});
