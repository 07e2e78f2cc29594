/** What the fuzz tests found, pinned as plain examples so a regression names itself. */
import http from 'node:http';
import { startMockServer } from '../../mock/server';
import { errorOf, harness, P } from '../mock/support';
import { stateDiff } from './state-diff';

test('a sign-in before any code was sent is refused and leaves the stored state as it was', async () => {
  const h = harness();
  const before = h.backend.exportState();
  const response = await h.call('POST', '/api/auth/login', { phone: P.林美华.phone, code: '123456' });
  expect(errorOf(response).code).toBe('SMS_CODE_NOT_SENT');
  expect(stateDiff(before, h.backend.exportState())).toEqual([]);
});

test('a URL too long for Node’s HTTP parser is still answered with a Chinese {code, message}', async () => {
  const server = await startMockServer({ port: 0, backend: harness().backend });
  try {
    const url = new URL(server.url);
    const answer = await new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: 'DELETE',
          path: `/api/family/relations/${'%00'.repeat(10_000)}`,
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
          });
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown }),
          );
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(answer).toEqual({
      status: 431,
      body: { code: 'HEADERS_TOO_LARGE', message: '请求地址过长，请刷新页面后重试' },
    });
  } finally {
    await server.close();
  }
});
