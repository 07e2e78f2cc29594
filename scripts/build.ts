import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run build:<target>` is the release (http transport, no mock/, no QA console) and needs
 * TARO_APP_API_BASE=https://…; `npm run build:<target>:demo` is the demo with the embedded mock
 * back end. Usage: tsx scripts/build.ts weapp|alipay|h5 [--demo] [--local-test] [--watch]
 */
const root = path.resolve(__dirname, '..');
const [target, ...flags] = process.argv.slice(2);
if (target !== 'weapp' && target !== 'alipay' && target !== 'h5') {
  console.error('usage: tsx scripts/build.ts weapp|alipay|h5 [--demo] [--local-test] [--watch]');
  process.exit(2);
}
const demo = flags.includes('--demo');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  TARO_APP_API_MODE: demo ? 'embedded' : 'http',
  ...(flags.includes('--local-test') ? { TARO_APP_LOCAL_TEST: '1' } : {}),
};
const args = ['build', '--type', target, ...(flags.includes('--watch') ? ['--watch'] : [])];
const result = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), args, {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
