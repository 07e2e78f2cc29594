import type { MockResponse } from '../../mock';
import type { HouseholdMember, RelationView } from '@/services/contract';
import { addMember, bindOk, harness, P, review, upload, verifyFace } from './support';
import type { Harness } from './support';
import { cameraProof } from '../support/face';

/** 李卫东 binds his father; 陈建国 is signed in too. */
async function twoFamilies(): Promise<{ h: Harness; chen: string; li: string; liRelation: RelationView }> {
  const h = harness();
  const li = await h.signIn(P.李卫东.phone);
  await h.call('POST', '/api/family/household', {}, li);
  await addMember(h, li, '李长海', 'parent');
  const liRelation = await bindOk(h, li, '李长海', 'parent');
  const chen = await h.signIn(P.陈建国.phone);
  return { h, chen, li, liRelation };
}

describe('a token never reaches another family', () => {
  it('does not show 李卫东’s relation to 陈建国', async () => {
    const { h, chen, liRelation } = await twoFamilies();
    const response = await h.call('GET', `/api/family/relations/${liRelation.id}`, undefined, chen);
    expect(response.status).toBe(404);
  });

  it('does not list 李卫东’s relation for 陈建国', async () => {
    const { h, chen, liRelation } = await twoFamilies();
    const list = (await h.call('GET', '/api/family/relations', undefined, chen)).body as RelationView[];
    expect(list.map((relation) => relation.id)).not.toContain(liRelation.id);
  });

  it('does not let 陈建国 unbind, limit, read the usage of or pay through 李卫东’s relation, and changes nothing', async () => {
    const { h, chen, liRelation } = await twoFamilies();
    const before = h.backend.exportState();
    const attempts = await Promise.all([
      h.call('DELETE', `/api/family/relations/${liRelation.id}`, undefined, chen),
      h.call('PUT', `/api/family/relations/${liRelation.id}/limit`, { monthlyLimitFen: 0 }, chen),
      h.call('GET', `/api/family/relations/${liRelation.id}/usage`, undefined, chen),
      h.call(
        'POST',
        '/api/family/premium-payments',
        { relationId: liRelation.id, year: 2025, idempotencyKey: 'x' },
        chen,
      ),
    ]);
    expect(attempts.map((response) => response.status)).toEqual([404, 404, 404, 404]);
    expect(h.backend.exportState()).toBe(before);
  });

  it('does not let 陈建国 remove a member of 李卫东’s family', async () => {
    const { h, chen, li } = await twoFamilies();
    const household = (await h.call('GET', '/api/family/household', undefined, li)).body as {
      members: HouseholdMember[];
    };
    const response = await h.call(
      'DELETE',
      `/api/family/household/members/${household.members[0].id}`,
      undefined,
      chen,
    );
    expect(response.status).toBe(404);
  });

  it('does not let a bind use a face verification issued to another sponsor', async () => {
    const h = harness();
    const wife = await h.signIn(P.林美华.phone);
    const theirs = await verifyFace(h, wife, '周玉兰');
    const chen = await h.signIn(P.陈建国.phone);
    const materials = [
      await upload(h, chen, 'sponsor-id-front'),
      await upload(h, chen, 'sponsor-id-back'),
      await upload(h, chen, 'beneficiary-id-front'),
      await upload(h, chen, 'beneficiary-id-back'),
      await upload(h, chen, 'hukou-first-page'),
      await upload(h, chen, 'hukou-member-page'),
      await upload(h, chen, 'commitment-letter'),
    ];
    const response = await h.call(
      'POST',
      '/api/family/relations',
      {
        name: '周玉兰',
        idNumber: P.周玉兰.id,
        relationship: 'parent',
        materialIds: materials,
        verificationId: theirs,
        consentVersion: 'v1',
        idempotencyKey: 'k',
      },
      chen,
    );
    expect((response.body as { code: string }).code).toBe('FACE_VERIFICATION_INVALID');
  });
});

describe('a beneficiary', () => {
  async function motherOfTwo(): Promise<{
    h: Harness;
    chen: string;
    mother: string;
    fromChen: RelationView;
    fromWife: RelationView;
    wifeToChen: RelationView;
  }> {
    const h = harness();
    const chen = await h.signIn(P.陈建国.phone);
    const wife = await h.signIn(P.林美华.phone);
    const fromChen = await bindOk(h, chen, '周玉兰', 'parent');
    const fromWife = await bindOk(h, wife, '周玉兰', 'parent');
    const wifeToChen = await bindOk(h, wife, '陈建国', 'spouse');
    for (const relation of [fromChen, fromWife, wifeToChen]) {
      await review(h, relation.id, true);
    }
    const mother = await h.signIn(P.周玉兰.phone);
    return { h, chen, mother, fromChen, fromWife, wifeToChen };
  }

  it('sees who shares with her', async () => {
    const { h, mother, fromChen, fromWife } = await motherOfTwo();
    const list = (await h.call('GET', '/api/family/relations?role=beneficiary', undefined, mother))
      .body as RelationView[];
    expect(list.map((relation) => [relation.id, relation.sponsor.maskedName])).toEqual([
      [fromWife.id, '林*华'],
      [fromChen.id, '陈*国'],
    ]);
  });

  it('can unbind a relation in which she is the beneficiary', async () => {
    const { h, mother, fromChen } = await motherOfTwo();
    const response = await h.call('DELETE', `/api/family/relations/${fromChen.id}`, undefined, mother);
    const history = (response.body as RelationView).history;
    expect(history[history.length - 1].note).toBe('使用人解除了共济关系');
  });

  it('cannot change her sponsor’s limit', async () => {
    const { h, mother, fromChen } = await motherOfTwo();
    expect(
      (await h.call('PUT', `/api/family/relations/${fromChen.id}/limit`, { monthlyLimitFen: 999999 }, mother))
        .status,
    ).toBe(403);
  });

  it('cannot see, unbind or limit her sponsor’s other relations', async () => {
    const { h, mother, wifeToChen } = await motherOfTwo();
    const before = h.backend.exportState();
    const attempts = await Promise.all([
      h.call('GET', `/api/family/relations/${wifeToChen.id}`, undefined, mother),
      h.call('DELETE', `/api/family/relations/${wifeToChen.id}`, undefined, mother),
      h.call('PUT', `/api/family/relations/${wifeToChen.id}/limit`, { monthlyLimitFen: 0 }, mother),
    ]);
    expect(attempts.map((response) => response.status)).toEqual([404, 404, 404]);
    expect(h.backend.exportState()).toBe(before);
  });
});

const SEED_IDS = Object.values(P).map((person) => person.id);
const SEED_PHONES = Object.values(P).flatMap((person) => (person.phone === null ? [] : [person.phone]));

function strings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.flatMap(strings);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
  }
  return [];
}

describe('PII in responses', () => {
  it('never carries a full seed ID number or phone number outside the QA endpoints', async () => {
    const h = harness({ autoApproveAfterMs: 10_000 });
    const seen: MockResponse[] = [];
    const record = async (
      method: string,
      path: string,
      body?: unknown,
      token?: string,
    ): Promise<MockResponse> => {
      const response = await h.call(method, path, body, token);
      if (!path.startsWith('/api/_mock/')) {
        seen.push(response);
      }
      return response;
    };
    await record('POST', '/api/auth/sms-code', { phone: P.陈建国.phone });
    await record('POST', '/api/auth/sms-code', { phone: P.陈建国.phone });
    const login = await record('POST', '/api/auth/login', { phone: P.陈建国.phone, code: '123456' });
    const chen = (login.body as { token: string }).token;
    await record('GET', '/api/me', undefined, chen);
    for (const [name, relationship] of [
      ['周玉兰', 'parent'],
      ['黄桂芳', 'parent'],
      ['陈建华', 'sibling'],
      ['陈晓燕', 'child'],
      ['王秀英', 'parent'],
      ['张志强', 'parent'],
      ['周玉兰', 'wife'],
    ] as const) {
      await record('POST', '/api/family/eligibility', { name, idNumber: P[name].id, relationship }, chen);
      await record('POST', '/api/verify/face', cameraProof(name, P[name].id), chen);
    }
    await record(
      'POST',
      '/api/family/eligibility',
      { name: '周玉芳', idNumber: P.周玉兰.id, relationship: 'parent' },
      chen,
    );
    const relation = await bindOk(h, chen, '周玉兰', 'parent');
    await bindOk(h, chen, '黄桂芳', 'parent');
    await record(
      'POST',
      '/api/family/relations',
      {
        name: '周玉兰',
        idNumber: P.周玉兰.id,
        relationship: 'parent',
        materialIds: [],
        consentVersion: 'v',
        idempotencyKey: 'z',
      },
      chen,
    );
    h.clock.advance(10_000);
    await record('GET', '/api/family/relations', undefined, chen);
    await record('GET', `/api/family/relations/${relation.id}`, undefined, chen);
    await h.call('POST', '/api/_mock/settle', {
      idNumber: P.周玉兰.id,
      amountFen: 5000,
      institution: '医院',
      category: 'outpatient',
    });
    await record('GET', '/api/account/usage', undefined, chen);
    await record('GET', `/api/family/relations/${relation.id}/usage`, undefined, chen);
    await record('PUT', `/api/family/relations/${relation.id}/limit`, { monthlyLimitFen: 100 }, chen);
    await record(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p' },
      chen,
    );
    const mother = await h.signIn(P.周玉兰.phone);
    await record('GET', '/api/me', undefined, mother);
    await record('GET', '/api/family/deduction-order', undefined, mother);
    await record('GET', '/api/account/usage', undefined, mother);
    await record('DELETE', `/api/family/relations/${relation.id}`, undefined, mother);
    const li = await h.signIn(P.李卫东.phone);
    await record('POST', '/api/family/household', {}, li);
    for (const [name, relationship] of [
      ['李长海', 'parent'],
      ['王大力', 'sibling'],
      ['李娜', 'spouse'],
    ] as const) {
      const verificationId = await verifyFace(h, li, name);
      await record(
        'POST',
        '/api/family/household/members',
        { name, idNumber: P[name].id, relationship, verificationId },
        li,
      );
    }
    await bindOk(h, li, '李长海', 'parent');
    await record(
      'POST',
      '/api/family/relations',
      {
        name: '王大力',
        idNumber: P.王大力.id,
        relationship: 'sibling',
        materialIds: [],
        consentVersion: 'v',
        idempotencyKey: 'w',
      },
      li,
    );
    await record('GET', '/api/family/household', undefined, li);
    const father = await h.signIn(P.李长海.phone);
    await record('GET', '/api/family/household', undefined, father);
    await record('POST', '/api/family/household/leave', {}, father);
    await record('GET', '/api/family/household', undefined, li);

    const text = seen.flatMap((response) => strings(response.body));
    expect(seen.length).toBeGreaterThan(35);
    for (const secret of [...SEED_IDS, ...SEED_PHONES]) {
      expect(text.filter((item) => item.includes(secret))).toEqual([]);
    }
    expect(text.filter((item) => /\d{17}[\dX]|1[3-9]\d{9}/.test(item))).toEqual([]);
  });
});

describe('request bodies cannot reach prototypes', () => {
  it('treats __proto__ and constructor keys as plain unknown fields', async () => {
    const h = harness();
    const chen = await h.signIn(P.陈建国.phone);
    const body: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "name": "周玉兰", "idNumber": "440106194506103028", "relationship": "parent"}',
    );
    const response = await h.call('POST', '/api/family/eligibility', body, chen);
    expect(response.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read a field from the prototype chain', async () => {
    const h = harness();
    const chen = await h.signIn(P.陈建国.phone);
    const inherited = Object.create({
      name: '周玉兰',
      idNumber: P.周玉兰.id,
      relationship: 'parent',
    }) as object;
    const response = await h.call('POST', '/api/family/eligibility', inherited, chen);
    expect(response.status).toBe(400);
  });
});
