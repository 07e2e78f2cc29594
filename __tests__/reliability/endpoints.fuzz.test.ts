/**
 * Every endpoint of the mock back end against hostile requests: any body, any path parameter,
 * any query string, signed in and signed out. The route table is iterated, so a new route is
 * fuzzed without anyone adding it here.
 */
import http from 'node:http';
import fc from 'fast-check';
import type { MockBackend, MockRequest, MockResponse } from '../../mock';
import { QA_KEY_HEADER } from '../../mock';
import { ROUTES } from '../../mock/routes';
import { startMockServer } from '../../mock/server';
import type { MockServer } from '../../mock/server';
import type { HouseholdMember, RelationView } from '@/services/contract';
import { addMember, bindOk, harness, jpegBase64, P, uploadAll, verifyFace } from '../mock/support';
import type { Harness } from '../mock/support';
import { fcOptions, reportCases, runsFor, TEST_TIMEOUT_MS } from './fuzz-config';
import { stateDiff } from './state-diff';
import { hostileObject, hostileString, hostileValue, mutated, NASTY_STRINGS } from './hostile';
import { cameraProof } from '../support/face';

jest.setTimeout(TEST_TIMEOUT_MS);

/** Runs per route and sign-in state in `npm test`; FUZZ_RUNS replaces it in the long run. */
const ROUTE_RUNS = runsFor(40);
const STRAY_RUNS = runsFor(300);
const HTTP_RUNS = runsFor(60, 0.2);

const ROUTE_KEYS = Object.keys(ROUTES) as (keyof typeof ROUTES)[];

/** Every status the contract documents for an in-process call (503 only with faults, which stay off). */
const DOCUMENTED_STATUSES = new Set([200, 201, 400, 401, 403, 404, 405, 409, 429]);

const HAN = /[\u4e00-\u9fff]/;

interface World {
  h: Harness;
  backend: MockBackend;
  /** The exported state every case starts from. */
  baseline: string;
  tokens: string[];
  revokedToken: string;
  ids: string[];
  templates: Partial<Record<string, Record<string, unknown>>>;
  /** Routes that answer 401 without a session, found by asking each one (so a new route is too). */
  sessionRoutes: Set<string>;
}

let world: World;

/**
 * A state worth attacking: everyone with a phone but 林美华 signed in, 陈建国 with uploaded
 * materials, a face verification and a pending application, 李卫东 with a family and an unbound
 * member, so well-formed templates succeed and their mutations reach the checks behind the first
 * field.
 */
async function buildWorld(): Promise<World> {
  const h = harness({ sleep: async () => undefined, random: () => 0.5 });
  // 林美华 stays signed out with no code ever sent: the path a first sign-in takes is fuzzed too.
  const phones = [P.陈建国.phone, P.周玉兰.phone, P.李卫东.phone, P.李长海.phone, P.周建军.phone];
  const tokens: string[] = [];
  for (const phone of phones) tokens.push(await h.signIn(phone));
  const [chen, , li] = tokens;

  const revokedToken = await h.signIn(P.周建军.phone);
  await h.call('POST', '/api/auth/logout', {}, revokedToken);

  const pending: RelationView = await bindOk(h, chen, '陈小明', 'child', { face: false });
  const materialIds = await uploadAll(h, chen, 'relation', 'parent');
  const verificationId = await verifyFace(h, chen, '周玉兰');

  await h.call('POST', '/api/family/household', {}, li);
  const joined = await addMember(h, li, '李长海', 'parent');
  const member = joined.body as HouseholdMember;
  const signature = await uploadAll(h, li, 'household', 'parent');

  const jpeg = jpegBase64();
  const templates: World['templates'] = {
    'POST /api/auth/sms-code': { phone: P.林美华.phone },
    'POST /api/auth/login': { phone: P.林美华.phone, code: '123456' },
    'POST /api/family/eligibility': { name: '周玉兰', idNumber: P.周玉兰.id, relationship: 'parent' },
    'POST /api/verify/face': cameraProof('周玉兰', P.周玉兰.id),
    'POST /api/uploads': {
      kind: 'commitment-letter',
      fileName: 'a.jpg',
      mimeType: 'image/jpeg',
      size: Buffer.from(jpeg, 'base64').length,
      dataBase64: jpeg,
    },
    'POST /api/family/relations': {
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      relationship: 'parent',
      materialIds,
      verificationId,
      consentVersion: '2025-01',
      idempotencyKey: 'fuzz-bind',
    },
    'PUT /api/family/relations/:id/limit': { monthlyLimitFen: 10_000 },
    'POST /api/family/household/members': { name: '李娜', idNumber: P.李娜.id, relationship: 'sibling' },
    'PUT /api/family/deduction-order': { relationIds: ['relation-seed-1'] },
    'POST /api/family/premium-payments': {
      relationId: 'relation-seed-1',
      year: 2025,
      idempotencyKey: 'fuzz-premium',
    },
    'POST /api/_mock/review': { relationId: pending.id, approve: false, reason: '材料不清晰' },
    'POST /api/_mock/settle': {
      idNumber: P.王大力.id,
      amountFen: 12_345,
      institution: '郑州市第一人民医院',
      category: 'outpatient',
    },
    'POST /api/_mock/faults': { failureRate: 0, latencyMs: [0, 0] },
    'PUT /api/_mock/state': JSON.parse(h.backend.exportState()) as Record<string, unknown>,
  };
  // 河南's bind by member id, the other shape of the same endpoint.
  const bindMember = {
    memberId: member.id,
    materialIds: signature,
    consentVersion: '2025-01',
    idempotencyKey: 'fuzz-member',
  };
  templates['POST /api/family/relations#member'] = bindMember;

  const ids = ['relation-seed-1', pending.id, member.id, ...materialIds, verificationId, 'member-seed-1'];
  const baseline = h.backend.exportState();
  const sessionRoutes = new Set<string>();
  for (const key of ROUTE_KEYS) {
    const [method, template] = key.split(' ');
    const probe = await h.call(method, template.replace(/:id/g, 'relation-seed-1'), {}, null);
    if (probe.status === 401) sessionRoutes.add(key);
    h.backend.importState(baseline);
  }
  return { h, backend: h.backend, baseline, tokens, revokedToken, ids, templates, sessionRoutes };
}

beforeAll(async () => {
  world = await buildWorld();
});

// ------------------------------------------------------------------ request pieces

/** encodeURIComponent throws on a lone surrogate; such a string then travels raw. */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const pathSegment = (ids: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 2 },
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: hostileString.map(encoded), weight: 2 },
    {
      arbitrary: fc.constantFrom('..', '.', '%2e%2e', '..%2f..', 'a%00b', '%', '%zz', 'x'.repeat(101)),
      weight: 1,
    },
  );

const queryString: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  hostileString.map((raw) => `?${raw}`),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('month', 'cursor', 'role', '__proto__', 'constructor'), hostileString),
        hostileString,
      ),
      { maxLength: 4 },
    )
    .chain((pairs) =>
      fc
        .boolean()
        .map((encode) =>
          pairs.length === 0
            ? ''
            : `?${pairs.map(([key, value]) => (encode ? `${encoded(key)}=${encoded(value)}` : `${key}=${value}`)).join('&')}`,
        ),
    ),
);

function fillPath(template: string, segments: readonly string[]): string {
  let index = 0;
  return template
    .split('/')
    .map((part) => (part.startsWith(':') ? segments[index++] : part))
    .join('/');
}

/** What a route may receive as a body: anything, junk objects, or its own template broken. */
function bodyFor(routeKey: string): fc.Arbitrary<unknown> {
  const candidates: fc.Arbitrary<unknown>[] = [hostileValue, hostileObject];
  const own = world.templates[routeKey];
  const member = world.templates[`${routeKey}#member`];
  if (own !== undefined) candidates.push(mutated(own), mutated(own));
  if (member !== undefined) candidates.push(mutated(member));
  return fc.oneof(...candidates);
}

function headersFor(signedIn: boolean): fc.Arbitrary<unknown> {
  if (signedIn) {
    return fc
      .constantFrom(...world.tokens)
      .chain((token) =>
        fc.constantFrom<Record<string, string>>(
          { Authorization: `Bearer ${token}` },
          { authorization: `bearer ${token}` },
          { AUTHORIZATION: `Bearer ${token}  ` },
        ),
      );
  }
  return fc.oneof(
    fc.constant({}),
    fc.constant(null),
    fc.constant([]),
    fc.constant({ Authorization: `Bearer ${world.revokedToken}` }),
    fc.constant({ Authorization: world.tokens[0] }),
    hostileString.map((value) => ({ Authorization: value })),
    hostileString.map((value) => ({ Authorization: `Bearer ${value}` })),
    hostileValue.map((value) => ({ Authorization: value })),
  );
}

// ------------------------------------------------------------------ what must hold for any answer

const prototypeSnapshot = (): Map<string, unknown> => {
  const snapshot = new Map<string, unknown>();
  for (const [name, target] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(target)) {
      // The descriptor, not the value: Function.prototype.caller is an accessor that throws.
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      snapshot.set(`${name}.${String(key)}`, descriptor?.value ?? descriptor?.get);
    }
  }
  return snapshot;
};
const pristinePrototypes = prototypeSnapshot();

function expectPrototypesUntouched(): void {
  const now = prototypeSnapshot();
  expect([...now.keys()]).toEqual([...pristinePrototypes.keys()]);
  for (const [key, value] of now) {
    if (value !== pristinePrototypes.get(key)) throw new Error(`${key} was replaced`);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A refusal is exactly {code, message}: an upper-case code and a Chinese message for the person. */
function expectShaped(response: MockResponse): void {
  expect(DOCUMENTED_STATUSES.has(response.status)).toBe(true);
  if (response.status < 400) {
    expect(response.body).not.toBeUndefined();
    return;
  }
  const body = response.body as Record<string, unknown>;
  expect(typeof body === 'object' && body !== null && !Array.isArray(body)).toBe(true);
  expect(Object.keys(body).sort()).toEqual(['code', 'message']);
  expect(body.code).toEqual(expect.stringMatching(/^[A-Z][A-Z0-9_]*$/));
  expect(typeof body.message === 'string' && HAN.test(body.message)).toBe(true);
}

/** QA routes are fuzzed past their credential check (which the QA tests cover on its own). */
function asQa(headers: unknown, path: string): unknown {
  if (!path.startsWith('/api/_mock/')) return headers;
  const given = typeof headers === 'object' && headers !== null && !Array.isArray(headers) ? headers : {};
  return { ...given, [QA_KEY_HEADER]: world.h.backend.qaKey };
}

function codeOf(response: MockResponse): string {
  return String((response.body as { code?: unknown } | null)?.code ?? '');
}

/**
 * Sends one request and checks the answer and the state; then puts the world back as it was, so
 * every case meets the same state whatever the one before it did (a reset, a sign-out, faults).
 */
async function attack(request: MockRequest): Promise<MockResponse> {
  const { backend, baseline } = world;
  const before = backend.exportState();
  const response = await backend.handle(request);
  expectShaped(response);
  const after = backend.exportState();
  // Every refusal leaves the stored state exactly as it was (wrong SMS codes are counted in memory).
  if (response.status >= 400) {
    expect({ refusal: codeOf(response), changed: stateDiff(before, after) }).toEqual({
      refusal: codeOf(response),
      changed: [],
    });
  }
  if (after !== baseline) backend.importState(baseline);
  // Faults are not part of the state: a case that turned them on must not fail the next one.
  await backend.handle({
    method: 'POST',
    path: '/api/_mock/faults',
    headers: { [QA_KEY_HEADER]: backend.qaKey },
    body: { failureRate: 0, latencyMs: [0, 0] },
  });
  expectPrototypesUntouched();
  return response;
}

// ------------------------------------------------------------------ the properties

describe.each([
  ['signed in', true],
  ['signed out', false],
])('every route, %s, answers hostile requests', (_label, signedIn) => {
  it.each(ROUTE_KEYS.map((key) => [key]))(
    `%s: never a 500, every refusal a Chinese {code, message}, refused requests change nothing (${ROUTE_RUNS} cases)`,
    async (routeKey) => {
      const [method, template] = routeKey.split(' ');
      const paramCount = template.split('/').filter((part) => part.startsWith(':')).length;
      const needsSession = world.sessionRoutes.has(routeKey);
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(method, method.toLowerCase()),
          fc.array(pathSegment(world.ids), { minLength: paramCount, maxLength: paramCount }),
          queryString,
          bodyFor(routeKey),
          headersFor(signedIn),
          async (verb, segments, query, body, headers) => {
            cases += 1;
            const path = `${fillPath(template, segments)}${query}`;
            const response = await attack({
              method: verb,
              path,
              body,
              headers: asQa(headers, path),
            } as MockRequest);
            // Signed out, a route that needs a session never reaches its handler: only a path or
            // query string the router cannot read is answered before the session is looked at.
            if (!signedIn && needsSession && response.status !== 401) {
              expect(['NOT_FOUND', 'METHOD_NOT_ALLOWED', 'BAD_REQUEST']).toContain(codeOf(response));
              expect(
                response.status === 400 ? (response.body as { message: string }).message : '请求地址',
              ).toMatch(/请求地址/);
            }
          },
        ),
        fcOptions(ROUTE_RUNS),
      );
      expect(cases).toBe(ROUTE_RUNS);
      reportCases(`endpoint ${routeKey} (${signedIn ? 'signed in' : 'signed out'})`, cases);
    },
  );
});

it(`answers any method on any path, known or not, with a shaped answer and no change (${STRAY_RUNS} cases)`, async () => {
  const knownPaths = ROUTE_KEYS.map((key) => key.split(' ')[1].replace(/:id/g, 'relation-seed-1'));
  const method = fc.oneof(
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'CONNECT', ''),
    hostileString,
  );
  const path = fc.oneof(
    fc.constantFrom(...knownPaths),
    fc.constantFrom(...knownPaths).chain((known) => hostileString.map((tail) => `${known}${tail}`)),
    fc.constantFrom(...knownPaths).map((known) => `${known}/`),
    fc.constantFrom(...knownPaths).map((known) => known.toUpperCase()),
    hostileString.map((tail) => `/api/${tail}`),
    fc.constantFrom(...NASTY_STRINGS),
    hostileString,
  );
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(method, path, hostileValue, fc.boolean(), async (verb, target, body, signedIn) => {
      cases += 1;
      await attack({
        method: verb,
        path: target,
        body,
        headers: signedIn ? { Authorization: `Bearer ${world.tokens[0]}` } : {},
      });
    }),
    fcOptions(STRAY_RUNS),
  );
  expect(cases).toBe(STRAY_RUNS);
  reportCases('any method on any path', cases);
});

it('finds the routes that need a session by asking each one', () => {
  expect(world.sessionRoutes.has('GET /api/me')).toBe(true);
  expect(world.sessionRoutes.has('POST /api/_mock/expire-session')).toBe(true);
  expect(world.sessionRoutes.has('POST /api/auth/login')).toBe(false);
  expect(world.sessionRoutes.has('POST /api/_mock/settle')).toBe(false);
});

it('leaves Object.prototype and its relatives untouched after every fuzz case', () => {
  expectPrototypesUntouched();
});

// ------------------------------------------------------------------ over a real socket

describe('the HTTP server in front of the same handlers', () => {
  let server: MockServer;
  let h: Harness;

  beforeAll(async () => {
    h = harness({ sleep: async () => undefined });
    server = await startMockServer({ port: 0, backend: h.backend });
  });

  afterAll(async () => {
    await server.close();
  });

  function rawRequest(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer,
  ): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const url = new URL(server.url);
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: { ...headers, 'Content-Length': String(body.length) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Node refuses to send a path with spaces or control characters; a client would escape them. */
  function sendablePath(text: string): string {
    return `/${text.replace(/[^\x21-\x7e]/gu, (c) => (encoded(c) === c ? '%EF%BF%BD' : encoded(c)))}`;
  }

  const contentType = fc.oneof(
    fc.constantFrom(
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=xyz',
      'multipart/form-data; boundary="a b"',
      'multipart/form-data;boundary=',
      'multipart/form-data',
      '',
    ),
    hostileString.map((value) => value.replace(/[^\x20-\x7e]/g, '')),
  );

  const rawBody = fc.oneof(
    hostileValue.map((value) => Buffer.from(JSON.stringify(value) ?? '', 'utf8')),
    hostileString.map((text) => Buffer.from(text, 'utf8')),
    fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
    fc
      .tuple(hostileString, hostileString)
      .map(([name, data]) =>
        Buffer.from(
          `--xyz\r\nContent-Disposition: form-data; name="${name}"; filename="${data}"\r\nContent-Type: image/jpeg\r\n\r\n${data}\r\n--xyz--\r\n`,
        ),
      ),
    fc.constantFrom(Buffer.from('--xyz\r\n'), Buffer.from('--xyz--'), Buffer.from('{"a":'), Buffer.alloc(0)),
  );

  it(`answers raw bodies of any content type with JSON {code, message} or a success, never a 500 (${HTTP_RUNS} cases)`, async () => {
    const routes = ROUTE_KEYS.map((key) => key.split(' '));
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        hostileString,
        contentType,
        rawBody,
        async ([method, template], tail, type, body) => {
          cases += 1;
          const path = template.includes(':id') ? template.replace(':id', encoded(tail) || 'x') : template;
          const before = h.backend.exportState();
          const answer = await rawRequest(
            method,
            sendablePath(path.slice(1)),
            type === '' ? {} : { 'Content-Type': type },
            body,
          );
          expect(answer.status).not.toBe(500);
          const parsed = JSON.parse(answer.text) as unknown;
          if (answer.status >= 400) {
            expect(Object.keys(parsed as object).sort()).toEqual(['code', 'message']);
            expect(HAN.test((parsed as { message: string }).message)).toBe(true);
            expect(stateDiff(before, h.backend.exportState())).toEqual([]);
          }
          h.backend.reset();
        },
      ),
      fcOptions(HTTP_RUNS),
    );
    expect(cases).toBe(HTTP_RUNS);
    reportCases('http raw bodies', cases);
  });
});
