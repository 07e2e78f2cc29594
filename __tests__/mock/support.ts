/** Shared set-up for the mock back end tests: a backend on memory storage with a hand-turned clock. */
import dayjs from 'dayjs';
import { createMockBackend, memoryStorage, QA_KEY_HEADER } from '../../mock';
import type { KeyValueStorage, MockBackend, MockBackendOptions, MockResponse } from '../../mock';
import { requiredMaterials } from '@/regions/materials';
import type { MaterialKind } from '@/regions/materials';
import type { RelationshipCode } from '@/domain';
import type { ApiError, Material, RelationView } from '@/services/contract';
import { cameraProof } from '../support/face';

/** 10:00 in Beijing on a Sunday in June. */
export const START = '2025-06-15T02:00:00.000Z';

export interface Clock {
  now(): string;
  advance(ms: number): void;
  set(iso: string): void;
}

export function manualClock(start = START): Clock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current = dayjs(current).add(ms, 'millisecond').toISOString();
    },
    set: (iso) => {
      current = iso;
    },
  };
}

export interface Harness {
  backend: MockBackend;
  storage: KeyValueStorage;
  clock: Clock;
  call(method: string, path: string, body?: unknown, token?: string | null): Promise<MockResponse>;
  /** Signs in through the SMS flow and returns the token. */
  signIn(phone: string): Promise<string>;
}

export function harness(options: Partial<MockBackendOptions> = {}): Harness {
  const storage = options.storage ?? memoryStorage();
  const clock = manualClock();
  const backend = createMockBackend({
    autoApproveAfterMs: null,
    now: clock.now,
    ...options,
    storage,
  });
  // QA's calls carry the QA credential, as the QA console's do.
  const call: Harness['call'] = (method, path, body, token) =>
    backend.handle({
      method,
      path,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(path.startsWith('/api/_mock/') ? { [QA_KEY_HEADER]: backend.qaKey } : {}),
      },
      body,
    });
  return {
    backend,
    storage,
    clock,
    call,
    async signIn(phone) {
      // Past any earlier code's cooldown, as a person signing in again would be.
      clock.advance(61_000);
      const sms = await call('POST', '/api/auth/sms-code', { phone });
      if (sms.status !== 200) {
        throw new Error(`sms-code for ${phone}: ${JSON.stringify(sms)}`);
      }
      const login = await call('POST', '/api/auth/login', { phone, code: '123456' });
      if (login.status !== 200) {
        throw new Error(`login for ${phone}: ${JSON.stringify(login)}`);
      }
      return (login.body as { token: string }).token;
    },
  };
}

export function errorOf(response: MockResponse): ApiError {
  const body = response.body as ApiError;
  return { code: body.code, message: body.message };
}

/** The seed personas by name: ID number and phone. */
export const P = {
  陈建国: { id: '440106197003151232', phone: '13800000001' },
  林美华: { id: '440106197208222049', phone: '13800000003' },
  周玉兰: { id: '440106194506103028', phone: '13800000002' },
  陈小明: { id: '440106201609010011', phone: null },
  陈建华: { id: '440106197505200030', phone: null },
  黄桂芳: { id: '440106194812034067', phone: null },
  陈晓燕: { id: '440106199605180021', phone: null },
  张志强: { id: '440305196507075552', phone: null },
  王秀英: { id: '440106196001010087', phone: null },
  李卫东: { id: '410105196804182112', phone: '13900000001' },
  李长海: { id: '410105194002091017', phone: '13900000002' },
  赵丽: { id: '410105197006121221', phone: null },
  李娜: { id: '410105197203301424', phone: null },
  孙桂香: { id: '410105194308151625', phone: null },
  王大力: { id: '410102195505053114', phone: null },
  周建军: { id: '410105196601011719', phone: '13900000003' },
} as const;

export type PersonaName = keyof typeof P;

/** The smallest JPEG signature plus padding: enough for the magic-byte check. */
export function jpegBase64(bytes = 64): string {
  const data = Buffer.alloc(bytes, 0x20);
  data[0] = 0xff;
  data[1] = 0xd8;
  data[2] = 0xff;
  data[3] = 0xe0;
  return data.toString('base64');
}

export function pngBase64(bytes = 64): string {
  const data = Buffer.alloc(bytes, 0x20);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(data);
  return data.toString('base64');
}

export async function upload(h: Harness, token: string, kind: MaterialKind): Promise<string> {
  const data = jpegBase64();
  const response = await h.call(
    'POST',
    '/api/uploads',
    {
      kind,
      fileName: `${kind}.jpg`,
      mimeType: 'image/jpeg',
      size: Buffer.from(data, 'base64').length,
      dataBase64: data,
    },
    token,
  );
  if (response.status !== 201) {
    throw new Error(`upload ${kind}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as Material).materialId;
}

export async function uploadAll(
  h: Harness,
  token: string,
  flowKind: 'relation' | 'household',
  relationship: RelationshipCode,
): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of requiredMaterials(flowKind, relationship)) {
    ids.push(await upload(h, token, kind));
  }
  return ids;
}

export async function verifyFace(h: Harness, token: string, name: PersonaName): Promise<string> {
  const response = await h.call('POST', '/api/verify/face', cameraProof(name, P[name].id), token);
  if (response.status !== 200) {
    throw new Error(`face ${name}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as { verificationId: string }).verificationId;
}

let keys = 0;
export function newKey(): string {
  keys += 1;
  return `key-${keys}`;
}

export interface BindOptions {
  flowKind?: 'relation' | 'household';
  face?: boolean;
  materialIds?: string[];
  key?: string;
}

/** Everything a sponsor sends to bind: materials, face verification, consent. */
export async function bindBody(
  h: Harness,
  token: string,
  name: PersonaName,
  relationship: RelationshipCode,
  options: BindOptions = {},
): Promise<Record<string, unknown>> {
  const flowKind = options.flowKind ?? (P[name].id.startsWith('41') ? 'household' : 'relation');
  return {
    name,
    idNumber: P[name].id,
    relationship,
    materialIds: options.materialIds ?? (await uploadAll(h, token, flowKind, relationship)),
    ...(options.face === false ? {} : { verificationId: await verifyFace(h, token, name) }),
    consentVersion: '2025-01',
    idempotencyKey: options.key ?? newKey(),
  };
}

export async function bind(
  h: Harness,
  token: string,
  name: PersonaName,
  relationship: RelationshipCode,
  options: BindOptions = {},
): Promise<MockResponse> {
  return h.call(
    'POST',
    '/api/family/relations',
    await bindBody(h, token, name, relationship, options),
    token,
  );
}

export async function bindOk(
  h: Harness,
  token: string,
  name: PersonaName,
  relationship: RelationshipCode,
  options: BindOptions = {},
): Promise<RelationView> {
  const response = await bind(h, token, name, relationship, options);
  if (response.status !== 201) {
    throw new Error(`bind ${name}: ${JSON.stringify(response.body)}`);
  }
  return response.body as RelationView;
}

export async function review(
  h: Harness,
  relationId: string,
  approve: boolean,
  reason?: string,
): Promise<MockResponse> {
  return h.call('POST', '/api/_mock/review', {
    relationId,
    approve,
    ...(reason === undefined ? {} : { reason }),
  });
}

/**
 * 李卫东 adds a member to his family, as 河南医保 requires before binding; everyone 16 or older
 * joins with a face verification (every 河南 persona is), unless `face: false`.
 */
export async function addMember(
  h: Harness,
  token: string,
  name: PersonaName,
  relationship: RelationshipCode,
  options: { face?: boolean } = {},
): Promise<MockResponse> {
  const verificationId = options.face === false ? undefined : await verifyFace(h, token, name);
  return h.call(
    'POST',
    '/api/family/household/members',
    { name, idNumber: P[name].id, relationship, verificationId },
    token,
  );
}

/** 周玉兰 with two active sponsors: her son 陈建国 and 林美华 (tokens for all three). */
export interface MotherWithTwoSponsors {
  h: Harness;
  son: string;
  wife: string;
  mother: string;
  fromSon: RelationView;
  fromWife: RelationView;
}

/**
 * 周玉兰 with two active sponsors. The registers say a 婆婆 is not close kin, so 林美华's claim only
 * becomes active through QA's approval, which stands as a reviewer's would.
 */
export async function motherWithTwoSponsors(): Promise<MotherWithTwoSponsors> {
  const h = harness();
  const son = await h.signIn(P.陈建国.phone);
  const wife = await h.signIn(P.林美华.phone);
  const fromSon = await bindOk(h, son, '周玉兰', 'parent');
  const fromWife = await bindOk(h, wife, '周玉兰', 'parent');
  await review(h, fromSon.id, true);
  await review(h, fromWife.id, true);
  const mother = await h.signIn(P.周玉兰.phone);
  return { h, son, wife, mother, fromSon, fromWife };
}
