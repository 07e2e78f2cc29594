import fc from 'fast-check';
import { releaseBaseProblem } from '../../config/release';

const host = fc.domain();

test('a demo build needs no base URL at all', () => {
  expect(releaseBaseProblem({ TARO_APP_API_MODE: 'embedded' })).toBeNull();
});

test('a release build accepts any https:// base', () => {
  fc.assert(
    fc.property(host, (name) => {
      expect(
        releaseBaseProblem({ TARO_APP_API_MODE: 'http', TARO_APP_API_BASE: `https://${name}` }),
      ).toBeNull();
    }),
    { seed: 13 },
  );
});

test('a release build refuses an http:// base and says how to fix it', () => {
  fc.assert(
    fc.property(host, (name) => {
      expect(releaseBaseProblem({ TARO_APP_API_MODE: 'http', TARO_APP_API_BASE: `http://${name}` })).toMatch(
        /https:\/\/.*TARO_APP_LOCAL_TEST=1/,
      );
    }),
    { seed: 13 },
  );
});

test('a release build refuses a missing base', () => {
  expect(releaseBaseProblem({ TARO_APP_API_MODE: 'http' })).not.toBeNull();
});

test('a release build marked as a local test accepts an http:// base', () => {
  expect(
    releaseBaseProblem({
      TARO_APP_API_MODE: 'http',
      TARO_APP_API_BASE: 'http://127.0.0.1:9527',
      TARO_APP_LOCAL_TEST: '1',
    }),
  ).toBeNull();
});

test('the local-test flag still refuses a base that is no URL', () => {
  expect(
    releaseBaseProblem({
      TARO_APP_API_MODE: 'http',
      TARO_APP_API_BASE: '127.0.0.1',
      TARO_APP_LOCAL_TEST: '1',
    }),
  ).not.toBeNull();
});
