/**
 * The attack run as a test: a bounded set of hostile requests by class against `npm run
 * mock:serve` (the real script, its own process, a real socket), with `kill -9` in the middle of
 * write bursts. It prints a table of attempts by class; any failed attempt fails `npm test`.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import dayjs from 'dayjs';
import type { Material, Persona, RelationView, Settlement } from '@/services/contract';
import { P, jpegBase64, pngBase64 } from '../mock/support';
import { jsonRequest, raw } from './socket';
import type { RawAnswer, RawRequest } from './socket';
import { cameraProof } from '../support/face';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
const QA_KEY = 'attack-suite-qa-credential-0001';
const QA = { 'X-Mock-QA-Key': QA_KEY };
const FIVE_MIB = 5 * 1024 * 1024;
const STATE_KEY = 'family-mock-state';

// ------------------------------------------------------------------ the server under attack

type Child = ChildProcessByStdio<null, Readable, Readable>;

interface Running {
  url: string;
  child: Child;
}

function startServer(statePath: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/mock-serve.ts',
      '--port',
      '0',
      '--state',
      statePath,
      '--qa-key',
      QA_KEY,
      '--auto-approve-ms',
      'never',
      '--allow-origin',
      'http://127.0.0.1:10086',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOCK_FAILURE_RATE: '0' } },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`mock:serve did not start: ${out}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mock:serve exited with ${String(code)}: ${out}`));
    });
  });
}

function kill9(running: Running): Promise<void> {
  return new Promise((resolve) => {
    running.child.removeAllListeners('exit');
    running.child.once('exit', () => resolve());
    running.child.kill('SIGKILL');
  });
}

// ------------------------------------------------------------------ bookkeeping by class

const CLASSES = [
  'authorisation',
  'QA surface',
  'input',
  'concurrency',
  'SMS',
  'persistence (kill -9)',
  'resource growth',
  'money conservation',
] as const;
type AttackClass = (typeof CLASSES)[number];

/** What the table cannot show: how the kill -9 rounds went. */
const notes: string[] = [];

const tally = new Map<AttackClass, { attempts: number; failures: string[]; ms: number }>(
  CLASSES.map((name) => [name, { attempts: 0, failures: [], ms: 0 }]),
);

/** One attempt: counted, and a failure is recorded with what was expected and what came. */
function check(kind: AttackClass, what: string, ok: boolean, detail = ''): void {
  const entry = tally.get(kind);
  if (entry === undefined) throw new Error(`unknown class ${kind}`);
  entry.attempts += 1;
  if (!ok) entry.failures.push(`${what}${detail === '' ? '' : `: ${detail}`}`);
}

async function timed(kind: AttackClass, run: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await run();
  } finally {
    const entry = tally.get(kind);
    if (entry !== undefined) entry.ms += Date.now() - started;
  }
}

function expectClassClean(kind: AttackClass): void {
  const entry = tally.get(kind);
  expect({ kind, attempts: (entry?.attempts ?? 0) > 0, failures: entry?.failures ?? [] }).toEqual({
    kind,
    attempts: true,
    failures: [],
  });
}

// ------------------------------------------------------------------ a small client

let server: Running;
const folder = mkdtempSync(path.join(tmpdir(), 'attack-'));
const statePath = path.join(folder, 'state.json');
const suiteStarted = Date.now();
let clientNumber = 10;

function call(method: string, route: string, body?: unknown, token?: string, extra: RawRequest = {}) {
  const headers: Record<string, string> = { ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const request = body === undefined ? { method, headers } : jsonRequest(method, body, headers);
  return raw(server.url, route, { ...request, ...extra, headers: { ...request.headers, ...extra.headers } });
}

function codeOf(answer: RawAnswer): string {
  try {
    return String((answer.json() as { code?: unknown }).code ?? '');
  } catch {
    return '';
  }
}

/** Signs in from a loopback address of its own, so no two sign-ins share an SMS cooldown. */
async function signIn(phone: string): Promise<string> {
  clientNumber += 1;
  const localAddress = `127.0.0.${clientNumber}`;
  await call('POST', '/api/auth/sms-code', { phone }, undefined, { localAddress });
  const login = await call('POST', '/api/auth/login', { phone, code: '123456' }, undefined, { localAddress });
  if (login.status !== 200) throw new Error(`sign-in ${phone}: ${login.text}`);
  return (login.json() as { token: string }).token;
}

async function uploadJpeg(token: string, kind: string, bytes = 256): Promise<string> {
  const answer = await call(
    'POST',
    '/api/uploads',
    { kind, fileName: `${kind}.jpg`, mimeType: 'image/jpeg', size: bytes, dataBase64: jpegBase64(bytes) },
    token,
  );
  if (answer.status !== 201) throw new Error(`upload ${kind}: ${answer.text}`);
  return (answer.json() as Material).materialId;
}

async function balances(): Promise<Map<string, number>> {
  const answer = await call('GET', '/api/_mock/personas', undefined, undefined, { headers: QA });
  return new Map((answer.json() as Persona[]).map((persona) => [persona.name, persona.balanceFen]));
}

const RELATION_MATERIALS = [
  'sponsor-id-front',
  'sponsor-id-back',
  'beneficiary-id-front',
  'beneficiary-id-back',
  'hukou-first-page',
  'hukou-member-page',
  'commitment-letter',
];

/** 陈建国 binds 周玉兰 (his mother) through the whole 粤医保 flow and QA approves. */
async function activeRelation(token: string): Promise<RelationView> {
  const materialIds: string[] = [];
  for (const kind of RELATION_MATERIALS) materialIds.push(await uploadJpeg(token, kind));
  const face = await call('POST', '/api/verify/face', cameraProof('周玉兰', P.周玉兰.id), token);
  const verificationId = (face.json() as { verificationId: string }).verificationId;
  const body = {
    name: '周玉兰',
    idNumber: P.周玉兰.id,
    relationship: 'parent',
    materialIds,
    verificationId,
    consentVersion: '2025-01',
    idempotencyKey: 'attack-bind-1',
  };
  // 20 parallel submissions of one application: one relation, everyone told the same one.
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => call('POST', '/api/family/relations', body, token)),
  );
  const ids = new Set(answers.filter((a) => a.status < 300).map((a) => (a.json() as RelationView).id));
  check('concurrency', '20 parallel binds with one key answer one relation', ids.size === 1, [...ids].join());
  const listed = await call('GET', '/api/family/relations?role=sponsor', undefined, token);
  const mine = (listed.json() as RelationView[]).filter((relation) => relation.status !== 'unbound');
  check('concurrency', '20 parallel binds leave one relation', mine.length === 1, String(mine.length));
  const relationId = [...ids][0];
  const approved = await call('POST', '/api/_mock/review', { relationId, approve: true }, undefined, {
    headers: QA,
  });
  return approved.json() as RelationView;
}

// ------------------------------------------------------------------ the run

beforeAll(async () => {
  server = await startServer(statePath);
});

afterAll(async () => {
  if (server.child.exitCode === null) await kill9(server);
  const rows = CLASSES.map((name) => {
    const entry = tally.get(name);
    const failed = entry?.failures.length ?? 0;
    return `| ${name.padEnd(22)} | ${String(entry?.attempts ?? 0).padStart(8)} | ${String(
      (entry?.attempts ?? 0) - failed,
    ).padStart(6)} | ${String(failed).padStart(6)} | ${String(entry?.ms ?? 0).padStart(7)} |`;
  });
  const total = [...tally.values()].reduce((sum, entry) => sum + entry.attempts, 0);
  process.stdout.write(
    [
      '',
      'attack run against npm run mock:serve',
      '| class                  | attempts | passed | failed | time ms |',
      '| ---------------------- | -------- | ------ | ------ | ------- |',
      ...rows,
      `${total} attempts in ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`,
      ...notes,
      '',
    ].join('\n'),
  );
});

describe('the attack run against mock:serve', () => {
  let chen = '';
  let relation: RelationView;

  it('holds on authorisation: guessed ids are 404, a missing or forged session 401', async () => {
    await timed('authorisation', async () => {
      chen = await signIn(P.陈建国.phone);
      const zhou = await signIn(P.周建军.phone);
      const theirs = (
        (await call('GET', '/api/family/relations?role=sponsor', undefined, zhou)).json() as RelationView[]
      )[0];
      const guesses = [theirs.id, ...Array.from({ length: 60 }, (_, i) => `relation-${i + 1}`)];
      for (const id of guesses) {
        const read = await call('GET', `/api/family/relations/${id}`, undefined, chen);
        check(
          'authorisation',
          `GET relation ${id} of someone else`,
          read.status === 404,
          String(read.status),
        );
      }
      for (const id of guesses.slice(0, 10)) {
        const unbind = await call('DELETE', `/api/family/relations/${id}`, undefined, chen);
        check('authorisation', `DELETE relation ${id}`, unbind.status === 404, String(unbind.status));
        const usage = await call('GET', `/api/family/relations/${id}/usage`, undefined, chen);
        check('authorisation', `usage of relation ${id}`, usage.status === 404, String(usage.status));
      }
      for (const token of [undefined, 'f'.repeat(32), `${chen}x`]) {
        for (const route of ['/api/me', '/api/family/relations', '/api/account/usage']) {
          const answer = await call('GET', route, undefined, token);
          check('authorisation', `GET ${route} with token ${String(token)}`, answer.status === 401);
        }
      }
      const zhouOrder = await call('GET', '/api/family/deduction-order', undefined, zhou);
      check('authorisation', 'a session reads its own records', zhouOrder.status === 200);
    });
    expectClassClean('authorisation');
  });

  it('holds on the QA surface: credential, origins, media types, no tokens out or in', async () => {
    await timed('QA surface', async () => {
      const qaRoutes: [string, string][] = [
        ['GET', '/api/_mock/personas'],
        ['GET', '/api/_mock/reviews'],
        ['GET', '/api/_mock/state'],
        ['PUT', '/api/_mock/state'],
        ['GET', '/api/_mock/faults'],
        ['POST', '/api/_mock/faults'],
        ['POST', '/api/_mock/reset'],
        ['POST', '/api/_mock/review'],
        ['POST', '/api/_mock/settle'],
        ['POST', '/api/_mock/expire-session'],
      ];
      for (const [method, route] of qaRoutes) {
        const attempts: Record<string, string>[] = [
          {},
          { 'X-Mock-QA-Key': 'wrong' },
          { 'X-Mock-QA-Key': `${QA_KEY}x` },
        ];
        for (const headers of attempts) {
          const answer = await call(method, route, method === 'GET' ? undefined : {}, chen, { headers });
          check(
            'QA surface',
            `${method} ${route} without the credential`,
            answer.status === 403,
            answer.text,
          );
        }
      }
      for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:10087']) {
        const preflight = await call('OPTIONS', '/api/_mock/faults', undefined, undefined, {
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        });
        check(
          'QA surface',
          `preflight from ${origin}`,
          preflight.status === 403 && preflight.headers['access-control-allow-origin'] === undefined,
        );
        const simple = await raw(server.url, '/api/_mock/faults', {
          method: 'POST',
          headers: { Origin: origin, 'Content-Type': 'text/plain' },
          body: JSON.stringify({ failureRate: 1, latencyMs: [0, 0] }),
        });
        check('QA surface', `simple POST from ${origin}`, simple.status === 403, String(simple.status));
      }
      const allowed = await call('OPTIONS', '/api/me', undefined, undefined, {
        headers: { Origin: 'http://127.0.0.1:10086', 'Access-Control-Request-Method': 'GET' },
      });
      check(
        'QA surface',
        'the allowed origin is named, not *',
        allowed.headers['access-control-allow-origin'] === 'http://127.0.0.1:10086',
      );
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const answer = await raw(server.url, '/api/_mock/faults', {
          method: 'POST',
          headers: { ...QA, 'Content-Type': type },
          body: JSON.stringify({ failureRate: 1, latencyMs: [0, 0] }),
        });
        check('QA surface', `a ${type} POST`, answer.status === 415, String(answer.status));
      }
      const faults = await call('GET', '/api/_mock/faults', undefined, undefined, { headers: QA });
      check('QA surface', 'faults stay off', (faults.json() as { failureRate: number }).failureRate === 0);
      const exported = await call('GET', '/api/_mock/state', undefined, undefined, { headers: QA });
      check('QA surface', 'the export names no session token', !exported.text.includes(chen));
      const document = exported.json() as { sessions: unknown[] };
      const forged = 'a'.repeat(32);
      document.sessions = [{ token: forged, personId: 'person-01', createdAt: dayjs().toISOString() }];
      const imported = await call('PUT', '/api/_mock/state', document, undefined, { headers: QA });
      check('QA surface', 'QA may import a state', imported.status === 200, imported.text);
      const asForged = await call('GET', '/api/me', undefined, forged);
      check('QA surface', 'an import creates no session', asForged.status === 401);
      const still = await call('GET', '/api/me', undefined, chen);
      check('QA surface', 'an import keeps the live sessions', still.status === 200);
      const material = await uploadJpeg(chen, 'commitment-letter');
      const other = await signIn(P.林美华.phone);
      const asOther = await call('GET', `/api/_mock/materials/${material}`, undefined, other);
      check('QA surface', "another person's preview is 404", asOther.status === 404);
      const asOwner = await call('GET', `/api/_mock/materials/${material}`, undefined, chen);
      check('QA surface', 'the owner sees their preview', asOwner.status === 200);
      for (let id = 1; id <= 20; id += 1) {
        const guess = await call('GET', `/api/_mock/materials/material-${id}`, undefined, other);
        check('QA surface', `guessed material-${id}`, guess.status === 404);
      }
    });
    expectClassClean('QA surface');
  });

  it('holds on input: 5 MiB goes up over JSON and multipart, 5 MiB + 1 and forgeries do not', async () => {
    await timed('input', async () => {
      const json = (bytes: number, extra: Record<string, unknown> = {}) =>
        call(
          'POST',
          '/api/uploads',
          {
            kind: 'commitment-letter',
            fileName: 'a.png',
            mimeType: 'image/png',
            size: bytes,
            dataBase64: pngBase64(bytes),
            ...extra,
          },
          chen,
        );
      const five = await json(FIVE_MIB);
      check('input', 'a 5 MiB PNG as JSON', five.status === 201, five.text);
      const over = await json(FIVE_MIB + 1);
      check('input', 'a 5 MiB + 1 PNG as JSON', codeOf(over) === 'UPLOAD_TOO_LARGE', over.text);
      const multipart = async (bytes: number) => {
        const form = new FormData();
        form.append('kind', 'commitment-letter');
        form.append(
          'file',
          new Blob([Buffer.from(pngBase64(bytes), 'base64')], { type: 'image/png' }),
          'a.png',
        );
        const response = await fetch(`${server.url}/api/uploads`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${chen}` },
          body: form,
        });
        return { status: response.status, body: (await response.json()) as { code?: string } };
      };
      const fiveForm = await multipart(FIVE_MIB);
      check('input', 'a 5 MiB PNG as multipart', fiveForm.status === 201, JSON.stringify(fiveForm.body));
      const overForm = await multipart(FIVE_MIB + 1);
      check('input', 'a 5 MiB + 1 PNG as multipart', overForm.body.code === 'UPLOAD_TOO_LARGE');
      const forgeries: [string, Record<string, unknown>, string][] = [
        ['no data', { dataBase64: undefined, size: 4_000_000 }, 'UPLOAD_INCOMPLETE'],
        ['a size that is not the bytes', { size: 1000, dataBase64: pngBase64(999) }, 'UPLOAD_INCOMPLETE'],
        ['data that is not base64', { size: 3, dataBase64: '!!!!' }, 'UPLOAD_INCOMPLETE'],
        [
          'a PDF called PNG',
          { size: 8, dataBase64: Buffer.from('%PDF-1.4').toString('base64') },
          'UPLOAD_TYPE',
        ],
        ['an empty file', { size: 0, dataBase64: '' }, 'UPLOAD_EMPTY'],
      ];
      for (const [name, extra, code] of forgeries) {
        const answer = await json(64, extra);
        check('input', name, codeOf(answer) === code, answer.text);
      }
      const broken = await call('GET', '/api/family/relations/%E0%A4%A', undefined, chen);
      check('input', 'broken percent-encoding in a path', broken.status === 404 || broken.status === 400);
      const brokenQuery = await call('GET', '/api/account/usage?month=%E0%A4%A', undefined, chen);
      check('input', 'broken percent-encoding in a query', brokenQuery.status === 400);
      const notJson = await raw(server.url, '/api/auth/sms-code', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"phone":',
      });
      check('input', 'a body that is not JSON', notJson.status === 400);
      const huge = await raw(server.url, '/api/uploads', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.alloc(9 * 1024 * 1024, 0x20),
      });
      check('input', 'a body over 8 MiB', huge.status === 413);
      const alive = await call('GET', '/api/me', undefined, chen);
      check('input', 'the server answers after all of it', alive.status === 200);
    });
    expectClassClean('input');
  });

  it('holds under concurrency: 20 parallel binds make one relation, 10 parallel payments one premium', async () => {
    await timed('concurrency', async () => {
      relation = await activeRelation(chen);
      check('concurrency', 'QA approves the relation', relation.status === 'active', relation.status);
      const before = (await balances()).get('陈建国') ?? 0;
      const year = dayjs().year();
      const payments = await Promise.all(
        Array.from({ length: 10 }, () =>
          call(
            'POST',
            '/api/family/premium-payments',
            { relationId: relation.id, year, idempotencyKey: 'attack-premium-1' },
            chen,
          ),
        ),
      );
      const paid = new Set(
        payments.filter((a) => a.status < 300).map((a) => (a.json() as { id: string }).id),
      );
      check('concurrency', '10 parallel premium payments, one payment', paid.size === 1, [...paid].join());
      const premium = payments.find((a) => a.status < 300)?.json() as { amountFen: number } | undefined;
      const after = (await balances()).get('陈建国') ?? 0;
      check('concurrency', 'the premium is charged once', before - after === (premium?.amountFen ?? -1));
    });
    expectClassClean('concurrency');
  });

  it('holds on money: parallel bills drain the sponsor to 0 and every fen is accounted for', async () => {
    await timed('money conservation', async () => {
      const start = await balances();
      const sponsorStart = start.get('陈建国') ?? 0;
      const bill = Math.ceil(sponsorStart / 7);
      const settle = () =>
        call(
          'POST',
          '/api/_mock/settle',
          {
            idNumber: P.周玉兰.id,
            amountFen: bill,
            institution: '广州市第一人民医院',
            category: 'outpatient',
          },
          undefined,
          { headers: QA },
        );
      const answers = await Promise.all(Array.from({ length: 10 }, settle));
      const settled = answers.map((answer) => answer.json() as Settlement);
      for (const [index, answer] of answers.entries()) {
        check('money conservation', `bill ${index + 1} is settled`, answer.status === 201, answer.text);
      }
      const end = await balances();
      const fromSponsor = settled.reduce(
        (sum, item) => sum + item.fromSponsors.reduce((part, sponsor) => part + sponsor.fen, 0),
        0,
      );
      const cash = settled.reduce((sum, item) => sum + item.cash, 0);
      const own = settled.reduce((sum, item) => sum + item.own, 0);
      check('money conservation', 'the sponsor is drained to exactly 0', end.get('陈建国') === 0);
      check('money conservation', 'what the sponsor lost is what bills took', sponsorStart === fromSponsor);
      check(
        'money conservation',
        'own + sponsors + cash = the bills',
        own + fromSponsor + cash === bill * 10,
      );
      const others = [...start.keys()].filter((name) => name !== '陈建国' && name !== '周玉兰');
      check(
        'money conservation',
        'nobody else paid a fen',
        others.every((name) => start.get(name) === end.get(name)),
      );
    });
    expectClassClean('money conservation');
  });

  it('holds on SMS: no lock-out of others, no enumeration, limits per client', async () => {
    await timed('SMS', async () => {
      const attacker = { localAddress: '127.0.0.2' };
      await call('POST', '/api/auth/sms-code', { phone: P.周玉兰.phone }, undefined, attacker);
      for (let i = 0; i < 5; i += 1) {
        await call('POST', '/api/auth/login', { phone: P.周玉兰.phone, code: '000000' }, undefined, attacker);
      }
      const locked = await call(
        'POST',
        '/api/auth/login',
        { phone: P.周玉兰.phone, code: '123456' },
        undefined,
        attacker,
      );
      check('SMS', 'the guessing client is locked out', codeOf(locked) === 'PHONE_LOCKED', locked.text);
      const person = await signIn(P.周玉兰.phone);
      check('SMS', 'the person signs in from their own phone', person.length === 32);
      const probe = { localAddress: '127.0.0.3' };
      const registered = await call(
        'POST',
        '/api/auth/sms-code',
        { phone: P.李长海.phone },
        undefined,
        probe,
      );
      const unregistered = await call(
        'POST',
        '/api/auth/sms-code',
        { phone: '13712345678' },
        undefined,
        probe,
      );
      check(
        'SMS',
        'a registered and an unregistered phone get the same answer',
        registered.status === unregistered.status && registered.text === unregistered.text,
      );
      for (const phone of [P.李长海.phone, '13712345678']) {
        const wrong = await call('POST', '/api/auth/login', { phone, code: '999999' }, undefined, probe);
        check(
          'SMS',
          `a wrong code for ${phone.slice(0, 3)}…`,
          codeOf(wrong) === 'SMS_CODE_WRONG',
          wrong.text,
        );
      }
      const flood = { localAddress: '127.0.0.4' };
      const answers: string[] = [];
      for (let i = 0; i < 25; i += 1) {
        const phone = `1370000${String(i).padStart(4, '0')}`;
        answers.push(codeOf(await call('POST', '/api/auth/sms-code', { phone }, undefined, flood)));
      }
      check(
        'SMS',
        'one client may not ask codes for 25 phones',
        answers.slice(20).every((code) => code === 'TOO_MANY_REQUESTS'),
      );
      const elsewhere = await call('POST', '/api/auth/sms-code', { phone: P.李卫东.phone }, undefined, {
        localAddress: '127.0.0.5',
      });
      check('SMS', "another client is not slowed by that one's flood", elsewhere.status === 200);
    });
    expectClassClean('SMS');
  });

  it('holds on resource growth: refusals write nothing, uploads are bounded per person', async () => {
    await timed('resource growth', async () => {
      const before = statSync(statePath);
      for (let i = 0; i < 100; i += 1) {
        await call('GET', '/api/me', undefined, 'b'.repeat(32));
      }
      for (let i = 0; i < 50; i += 1) {
        await call('POST', '/api/auth/logout', {}, 'c'.repeat(32));
      }
      const after = statSync(statePath);
      check(
        'resource growth',
        '150 refused requests rewrite nothing',
        before.ino === after.ino && before.mtimeMs === after.mtimeMs,
      );
      const start = after.size;
      const uploads = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          call(
            'POST',
            '/api/uploads',
            {
              kind: 'commitment-letter',
              fileName: `${i}.png`,
              mimeType: 'image/png',
              size: 64,
              dataBase64: pngBase64(64),
            },
            chen,
          ),
        ),
      );
      check(
        'resource growth',
        '300 uploads are answered',
        uploads.every((answer) => answer.status === 201),
      );
      const grown = statSync(statePath).size - start;
      check('resource growth', '300 uploads grow the file by under 40 KB', grown < 40_000, `${grown} B`);
      for (let i = 0; i < 15; i += 1) await signIn(P.林美华.phone);
      const state = JSON.parse(JSON.parse(readFileSync(statePath, 'utf8'))[STATE_KEY] as string) as {
        sessions: { personId: string }[];
      };
      const hers = state.sessions.filter((session) => session.personId === 'person-02').length;
      check('resource growth', 'sessions are capped per person', hers <= 10, String(hers));
      const chenStill = await call('GET', '/api/me', undefined, chen);
      check('resource growth', "one person's sign-ins keep another signed in", chenStill.status === 200);
      check(
        'resource growth',
        'the state file is the owner’s only',
        (statSync(statePath).mode & 0o777) === 0o600,
      );
    });
    expectClassClean('resource growth');
  });

  it('holds under kill -9 mid-burst three times: no acknowledged write lost', async () => {
    await timed('persistence (kill -9)', async () => {
      for (let round = 1; round <= 3; round += 1) {
        const before = (await balances()).get('林美华') ?? 0;
        let acknowledged = 0;
        let sent = 0;
        let killed = false;
        // Eight writers in a loop until the server dies under them; it is killed once some
        // writes have been acknowledged, so others are always in flight.
        const writer = async () => {
          while (!killed) {
            sent += 1;
            const answer = await call(
              'POST',
              '/api/_mock/settle',
              { idNumber: P.林美华.id, amountFen: 100, institution: '药店', category: 'pharmacy' },
              undefined,
              { headers: QA },
            ).catch(() => null);
            if (answer?.status === 201) acknowledged += 1;
            else break;
          }
        };
        const writers = Array.from({ length: 8 }, writer);
        while (acknowledged < 10 * round) await new Promise((resolve) => setTimeout(resolve, 1));
        killed = true;
        await kill9(server);
        await Promise.all(writers);
        server = await startServer(statePath);
        const after = (await balances()).get('林美华') ?? 0;
        const spent = before - after;
        notes.push(
          `kill -9 round ${round}: ${acknowledged} writes acknowledged, ${sent} sent, ${spent / 100} kept`,
        );
        check(
          'persistence (kill -9)',
          `round ${round}: ${acknowledged} acknowledged of ${sent} kept`,
          spent >= acknowledged * 100 && spent <= sent * 100 && sent > acknowledged,
          `spent ${spent} fen`,
        );
        const signedIn = await call('GET', '/api/me', undefined, chen);
        check('persistence (kill -9)', `round ${round}: sessions survive`, signedIn.status === 200);
      }
    });
    expectClassClean('persistence (kill -9)');
  });
});
