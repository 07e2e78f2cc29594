/**
 * The same contract suite through both transports: in-process (embedded) and over a real socket
 * (http against the mock server on a free port). What a page can rely on must hold for both.
 */
import dayjs from 'dayjs';
import * as services from '@/services';
import { configureTransport, onUnauthorized, ServiceError, setSessionToken } from '@/services';
import { createEmbeddedTransport } from '@/services/transports/embedded';
import { createHttpTransport } from '@/services/transports/http';
import { requiredMaterials, type MaterialKind } from '@/regions/materials';
import type { RelationshipCode } from '@/domain';
import { createMockBackend, memoryStorage, QA_KEY_HEADER, type MockBackend } from '../../mock';
import { startMockServer, type MockServer } from '../../mock/server';
import { nodeRequester } from '../support/nodeRequester';
import { cameraProof } from '../support/face';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(252, 0x20)]);
const photoFiles: Record<string, Buffer> = {};

function photo(kind: MaterialKind): services.LocalFile {
  const filePath = `/tmp/${kind}.jpg`;
  photoFiles[filePath] = JPEG;
  const blob = { arrayBuffer: async () => new Uint8Array(JPEG).buffer } as unknown as Blob;
  return { filePath, size: JPEG.length, file: blob };
}

interface Clock {
  now(): string;
  advance(seconds: number): void;
}

function manualClock(): Clock {
  let current = dayjs('2026-06-15T02:00:00.000Z');
  return {
    now: () => current.toISOString(),
    advance: (seconds) => (current = current.add(seconds, 'second')) && undefined,
  };
}

type TransportName = 'embedded' | 'http';

interface World {
  backend: MockBackend;
  clock: Clock;
  close(): Promise<void>;
}

async function world(transport: TransportName): Promise<World> {
  const clock = manualClock();
  const backend = createMockBackend({ storage: memoryStorage(), autoApproveAfterMs: null, now: clock.now });
  setSessionToken(null);
  if (transport === 'embedded') {
    configureTransport(() => createEmbeddedTransport(() => backend));
    return { backend, clock, close: async () => undefined };
  }
  const server: MockServer = await startMockServer({ port: 0, backend });
  configureTransport(() =>
    createHttpTransport({
      baseUrl: server.url,
      requester: nodeRequester(photoFiles),
      retryDelayMs: 1,
      headersFor: (path): Record<string, string> =>
        path.startsWith('/api/_mock/') ? { [QA_KEY_HEADER]: backend.qaKey } : {},
    }),
  );
  return { backend, clock, close: () => server.close() };
}

async function signIn(clock: Clock, phone: string) {
  clock.advance(61);
  await services.requestSmsCode(phone);
  const { token, sponsor } = await services.login(phone, '123456');
  setSessionToken(token);
  return sponsor;
}

async function refusalOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return error as ServiceError;
  }
  throw new Error('expected a refusal');
}

async function apply(
  name: string,
  idNumber: string,
  relationship: RelationshipCode,
  key = `${idNumber}-key`,
) {
  const materialIds: string[] = [];
  for (const kind of requiredMaterials('relation', relationship)) {
    materialIds.push((await services.uploadMaterial(kind, photo(kind))).materialId);
  }
  const { needsFaceVerification } = await services.checkEligibility({ name, idNumber, relationship });
  const verificationId = needsFaceVerification
    ? (await services.verifyFace(cameraProof(name, idNumber))).verificationId
    : undefined;
  return services.bindRelative({
    name,
    idNumber,
    relationship,
    materialIds,
    verificationId,
    consentVersion: 'v1',
    idempotencyKey: key,
  });
}

/** 河南医保: a relative of 16 or more joins the family after their face verification. */
async function addMember(name: string, idNumber: string, relationship: RelationshipCode) {
  const { verificationId } = await services.verifyFace(cameraProof(name, idNumber));
  return services.addHouseholdMember({ name, idNumber, relationship, verificationId });
}

describe.each<TransportName>(['embedded', 'http'])('through the %s transport', (transport) => {
  let w: World;

  beforeEach(async () => {
    w = await world(transport);
  });

  afterEach(async () => {
    await w.close();
  });

  test('an SMS code starts a 60-second cooldown and a second request inside it is refused', async () => {
    expect(await services.requestSmsCode('13800000001')).toEqual({ cooldownSeconds: 60 });
    const refusal = await refusalOf(services.requestSmsCode('13800000001'));
    expect(refusal).toMatchObject({ code: 'SMS_COOLDOWN', status: 429 });
    expect(refusal.message).toMatch(/秒后再重新获取/);
  });

  test('sign-in returns a token and the sponsor with masked name, ID and phone only', async () => {
    const sponsor = await signIn(w.clock, '13800000001');
    expect(sponsor).toMatchObject({
      maskedName: '陈*国',
      maskedIdNumber: '4401**********1232',
      maskedPhone: '138****0001',
      regionId: 'guangdong',
    });
    expect(JSON.stringify(sponsor)).not.toMatch(/440106197003151232|13800000001/);
  });

  test('a wrong SMS code is refused with a Chinese message', async () => {
    await services.requestSmsCode('13800000001');
    const refusal = await refusalOf(services.login('13800000001', '000000'));
    expect(refusal.status).toBe(400);
    expect(refusal.message).toMatch(/验证码/);
  });

  test('without a session every personal endpoint answers 401 and tells the app', async () => {
    const listener = jest.fn();
    const stop = onUnauthorized(listener);
    const refusal = await refusalOf(services.getMe());
    stop();
    expect(refusal).toMatchObject({ code: 'UNAUTHORIZED', status: 401, message: '登录已过期，请重新登录' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('/api/me adds the contribution months and what was shared this year', async () => {
    await signIn(w.clock, '13800000001');
    const me = await services.getMe();
    expect(me.balanceFen).toBe(500000);
    expect(me.contributionMonths).toBeGreaterThan(0);
    expect(me.sharedThisYearFen).toBeGreaterThanOrEqual(0);
  });

  describe('the 粤医保 personas, as bound by 陈建国', () => {
    beforeEach(async () => {
      await signIn(w.clock, '13800000001');
    });

    test.each([
      { name: '林美华', idNumber: '440106197208222049', relationship: 'spouse', face: true },
      { name: '周玉兰', idNumber: '440106194506103028', relationship: 'parent', face: true },
      { name: '陈小明', idNumber: '440106201609010011', relationship: 'child', face: false },
      { name: '黄桂芳', idNumber: '440106194812034067', relationship: 'parent', face: true },
    ] as const)(
      '$name may apply as $relationship, face verification needed: $face',
      async ({ name, idNumber, relationship, face }) => {
        expect(await services.checkEligibility({ name, idNumber, relationship })).toEqual({
          needsFaceVerification: face,
        });
      },
    );

    test.each([
      {
        name: '陈建华',
        idNumber: '440106197505200030',
        relationship: 'sibling',
        code: 'RELATIONSHIP_NOT_ELIGIBLE',
      },
      { name: '陈晓燕', idNumber: '440106199605180021', relationship: 'child', code: 'PROVINCE_MISMATCH' },
      {
        name: '张志强',
        idNumber: '440305196507075552',
        relationship: 'parent',
        code: 'BENEFICIARY_SUSPENDED',
      },
      {
        name: '王秀英',
        idNumber: '440106196001010087',
        relationship: 'parent',
        code: 'BENEFICIARY_NOT_INSURED',
      },
    ] as const)(
      '$name as $relationship is refused with $code',
      async ({ name, idNumber, relationship, code }) => {
        const refusal = await refusalOf(services.checkEligibility({ name, idNumber, relationship }));
        expect(refusal).toMatchObject({ code, status: 400 });
        expect(refusal.message).toMatch(/[\u4e00-\u9fa5]/);
      },
    );

    test('周玉兰 goes 审核中, then 已生效 when QA approves', async () => {
      const relation = await apply('周玉兰', '440106194506103028', 'parent');
      expect(relation.status).toBe('pending');
      expect(await services.qa.pendingReviews()).toEqual([expect.objectContaining({ id: relation.id })]);
      await services.qa.review({ relationId: relation.id, approve: true });
      expect((await services.getRelation(relation.id)).status).toBe('active');
    });

    test('黄桂芳 claimed as 母亲 is flagged to QA by the household records and ends 未通过', async () => {
      const relation = await apply('黄桂芳', '440106194812034067', 'parent');
      expect(await services.qa.pendingReviews()).toEqual([
        expect.objectContaining({ id: relation.id, kinshipOnRecord: 'not-close-relative' }),
      ]);
      await services.qa.review({ relationId: relation.id, approve: false, reason: '关系与户籍信息不符' });
      expect(await services.getRelation(relation.id)).toMatchObject({
        status: 'rejected',
        rejectReason: '关系与户籍信息不符',
      });
    });

    test('a bind without the required materials is refused', async () => {
      const refusal = await refusalOf(
        services.bindRelative({
          name: '陈小明',
          idNumber: '440106201609010011',
          relationship: 'child',
          materialIds: [],
          consentVersion: 'v1',
          idempotencyKey: 'k1',
        }),
      );
      expect(refusal.status).toBe(400);
    });

    test('a bind of a relative over 16 without face verification is refused', async () => {
      const materialIds: string[] = [];
      for (const kind of requiredMaterials('relation', 'parent')) {
        materialIds.push((await services.uploadMaterial(kind, photo(kind))).materialId);
      }
      const refusal = await refusalOf(
        services.bindRelative({
          name: '周玉兰',
          idNumber: '440106194506103028',
          relationship: 'parent',
          materialIds,
          consentVersion: 'v1',
          idempotencyKey: 'k2',
        }),
      );
      expect(refusal.status).toBe(400);
      expect(refusal.message).toMatch(/人脸/);
    });

    test('the same bind sent five times at once with one key creates one relation', async () => {
      const materialIds: string[] = [];
      for (const kind of requiredMaterials('relation', 'child')) {
        materialIds.push((await services.uploadMaterial(kind, photo(kind))).materialId);
      }
      const request = {
        name: '陈小明',
        idNumber: '440106201609010011',
        relationship: 'child' as const,
        materialIds,
        consentVersion: 'v1',
        idempotencyKey: 'same-key',
      };
      const answers = await Promise.all(Array.from({ length: 5 }, () => services.bindRelative(request)));
      expect(new Set(answers.map((relation) => relation.id)).size).toBe(1);
      expect(await services.listRelations({ role: 'sponsor' })).toHaveLength(1);
    });

    test('a sponsor sets a monthly limit and unbinds; the list follows the server', async () => {
      const relation = await apply('陈小明', '440106201609010011', 'child');
      await services.qa.review({ relationId: relation.id, approve: true });
      expect((await services.setRelationLimit(relation.id, 20000)).monthlyLimitFen).toBe(20000);
      expect((await services.unbindRelation(relation.id)).status).toBe('unbound');
      expect((await services.listRelations({ role: 'sponsor' }))[0].status).toBe('unbound');
    });
  });

  test('a beneficiary sees who shares with them, may unbind, and may not change the limit', async () => {
    await signIn(w.clock, '13800000001');
    const relation = await apply('周玉兰', '440106194506103028', 'parent');
    await services.qa.review({ relationId: relation.id, approve: true });
    await signIn(w.clock, '13800000002');
    const mine = await services.listRelations({ role: 'beneficiary' });
    expect(mine).toEqual([
      expect.objectContaining({
        id: relation.id,
        viewerRole: 'beneficiary',
        sponsor: expect.objectContaining({ maskedName: '陈*国' }),
      }),
    ]);
    expect((await refusalOf(services.setRelationLimit(relation.id, 0))).status).toBe(403);
    expect((await services.unbindRelation(relation.id)).status).toBe('unbound');
  });

  test('陈建国 can neither read nor unbind 李卫东’s relations', async () => {
    await signIn(w.clock, '13900000003');
    const [theirs] = await services.listRelations({ role: 'sponsor' });
    await signIn(w.clock, '13800000001');
    expect((await refusalOf(services.getRelation(theirs.id))).status).toBe(404);
    expect((await refusalOf(services.unbindRelation(theirs.id))).status).toBe(404);
    await signIn(w.clock, '13900000003');
    expect((await services.getRelation(theirs.id)).status).toBe('active');
  });

  test('the 河南医保 family: build, add, bind at once; a second family and 王大力 are refused', async () => {
    await signIn(w.clock, '13900000001');
    expect(await services.getHousehold()).toBeNull();
    const household = await services.createHousehold();
    expect(household.owner.maskedName).toBe('李*东');
    expect(await refusalOf(services.createHousehold())).toMatchObject({
      code: 'HOUSEHOLD_EXISTS',
      status: 409,
    });
    const father = await addMember('李长海', '410105194002091017', 'parent');
    expect(father.state).toBe('unbound');
    expect(await refusalOf(addMember('王大力', '410102195505053114', 'sibling'))).toMatchObject({
      code: 'BENEFICIARY_HAS_SPONSOR',
      status: 400,
    });
    const eligibility = await refusalOf(
      services.checkEligibility({ name: '王大力', idNumber: '410102195505053114', relationship: 'sibling' }),
    );
    expect(eligibility.code).toBe('BENEFICIARY_HAS_SPONSOR');
  });

  test('a family member signed in sees the family and can leave it', async () => {
    await signIn(w.clock, '13900000001');
    await services.createHousehold();
    await addMember('李长海', '410105194002091017', 'parent');
    await signIn(w.clock, '13900000002');
    const household = await services.getHousehold();
    expect(household).toMatchObject({
      viewerRole: 'member',
      owner: expect.objectContaining({ maskedName: '李*东' }),
    });
    await services.leaveHousehold();
    expect(await services.getHousehold()).toBeNull();
  });

  test('usage records come newest first in pages joined by a cursor', async () => {
    await signIn(w.clock, '13800000001');
    for (let i = 0; i < 25; i += 1) {
      await services.qa.settle({
        idNumber: '440106197003151232',
        amountFen: 1000 + i,
        institution: '广州市第一人民医院',
        category: 'pharmacy',
      });
    }
    const first = await services.listUsage();
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await services.listUsage({ cursor: first.nextCursor ?? undefined });
    const ids = [...first.items, ...second.items].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = [...first.items, ...second.items].map((record) => record.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  test('a premium for 周玉兰 is charged once per key and drops the balance by the premium', async () => {
    await signIn(w.clock, '13800000001');
    const relation = await apply('周玉兰', '440106194506103028', 'parent');
    await services.qa.review({ relationId: relation.id, approve: true });
    const year = dayjs(w.clock.now()).year() + 1;
    const before = (await services.getMe()).balanceFen;
    const [first, again] = await Promise.all([
      services.payPremium(relation.id, year, 'premium-key'),
      services.payPremium(relation.id, year, 'premium-key'),
    ]);
    expect(again.id).toBe(first.id);
    expect((await services.getMe()).balanceFen).toBe(before - first.amountFen);
    expect((await refusalOf(services.payPremium(relation.id, year, 'another-key'))).code).toBe(
      'PREMIUM_ALREADY_PAID',
    );
  });

  test('the deduction order of a beneficiary comes from the back end in its order', async () => {
    await signIn(w.clock, '13800000001');
    const relation = await apply('周玉兰', '440106194506103028', 'parent');
    await services.qa.review({ relationId: relation.id, approve: true });
    await signIn(w.clock, '13800000002');
    const order = await services.getDeductionOrder();
    expect(order.map((entry) => entry.id)).toEqual([relation.id]);
    expect(order[0].remainingLimitFen).toBeNull();
    expect((await services.setDeductionOrder([relation.id])).map((entry) => entry.deductionRank)).toEqual([
      0,
    ]);
  });

  test('QA: personas, faults, export, reset and import', async () => {
    expect((await services.qa.personas()).map((persona) => persona.name)).toContain('陈建国');
    await services.qa.setFaults({ failureRate: 0.5, latencyMs: [0, 0] });
    expect(await services.qa.getFaults()).toEqual({ failureRate: 0.5, latencyMs: [0, 0] });
    await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
    await signIn(w.clock, '13800000001');
    const relation = await apply('陈小明', '440106201609010011', 'child');
    const saved = await services.qa.exportState();
    await services.qa.reset();
    await signIn(w.clock, '13800000001');
    expect(await services.listRelations()).toEqual([]);
    await services.qa.importState(saved);
    await signIn(w.clock, '13800000001');
    expect((await services.listRelations()).map((item) => item.id)).toEqual([relation.id]);
  });

  test('QA can end the current session; the next call is a 401', async () => {
    await signIn(w.clock, '13800000001');
    await services.qa.expireSession();
    expect((await refusalOf(services.getMe())).status).toBe(401);
  });

  test('an injected failure is a 503 with a Chinese message and changes nothing', async () => {
    await signIn(w.clock, '13800000001');
    await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
    const refusal = await refusalOf(services.createHousehold());
    expect(refusal).toMatchObject({ code: 'UNAVAILABLE', status: 503, message: '网络繁忙，请稍后重试' });
    await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
    expect(await services.listRelations()).toEqual([]);
  });
});
