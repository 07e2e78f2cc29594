import type { RelationshipCode } from '@/domain';
import type { Household, HouseholdMember, LeaveHouseholdResponse, RelationView } from '@/services/contract';
import { addMember, bind, bindOk, errorOf, harness, newKey, P, upload, verifyFace } from './support';
import type { Harness, PersonaName } from './support';

async function li(withFamily = true): Promise<{ h: Harness; token: string }> {
  const h = harness();
  const token = await h.signIn(P.李卫东.phone);
  if (withFamily) {
    await h.call('POST', '/api/family/household', {}, token);
  }
  return { h, token };
}

describe('GET /api/family/household', () => {
  it('is null before the family is built', async () => {
    const { h, token } = await li(false);
    expect((await h.call('GET', '/api/family/household', undefined, token)).body).toBeNull();
  });

  it('shows a member the family they belong to', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    const father = await h.signIn(P.李长海.phone);
    const household = (await h.call('GET', '/api/family/household', undefined, father)).body as Household;
    expect(household).toMatchObject({ viewerRole: 'member', owner: { maskedName: '李*东' } });
  });
});

describe('POST /api/family/household', () => {
  it('builds the family of the signed-in sponsor', async () => {
    const { h, token } = await li(false);
    const response = await h.call('POST', '/api/family/household', {}, token);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ viewerRole: 'owner', members: [], owner: { maskedName: '李*东' } });
  });

  it('refuses a second family', async () => {
    const { h, token } = await li();
    const response = await h.call('POST', '/api/family/household', {}, token);
    expect(response).toEqual({
      status: 409,
      body: { code: 'HOUSEHOLD_EXISTS', message: '您已建立家庭，不能重复建立' },
    });
  });

  it('refuses a sponsor whose province binds relatives directly', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const response = await h.call('POST', '/api/family/household', {}, token);
    expect(errorOf(response)).toEqual({
      code: 'HOUSEHOLD_NOT_SUPPORTED',
      message: '粤医保无需建立家庭，请在“亲情账号绑定/解绑”中直接添加亲属',
    });
  });

  it('refuses a person without a personal account', async () => {
    const h = harness();
    const token = await h.signIn(P.李长海.phone);
    expect(errorOf(await h.call('POST', '/api/family/household', {}, token)).code).toBe(
      'SPONSOR_NOT_EMPLOYEE',
    );
  });
});

describe('POST /api/family/household/members', () => {
  it('adds an unbound member', async () => {
    const { h, token } = await li();
    const response = await addMember(h, token, '李长海', 'parent');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      relationship: 'parent',
      state: 'unbound',
      relationId: null,
      person: { maskedName: '李*海' },
    });
  });

  it('refuses before the family is built', async () => {
    const { h, token } = await li(false);
    const response = await addMember(h, token, '李长海', 'parent');
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('HOUSEHOLD_NOT_FOUND');
  });

  it('refuses a name that does not match the ID number', async () => {
    const { h, token } = await li();
    const response = await h.call(
      'POST',
      '/api/family/household/members',
      { name: '李长江', idNumber: P.李长海.id, relationship: 'parent' },
      token,
    );
    expect(errorOf(response).code).toBe('NAME_MISMATCH');
  });

  it('refuses a 15-digit ID number', async () => {
    const { h, token } = await li();
    const response = await h.call(
      'POST',
      '/api/family/household/members',
      { name: '李长海', idNumber: '410105400209101', relationship: 'parent' },
      token,
    );
    expect(errorOf(response).code).toBe('ID_LEGACY_15');
  });

  it('refuses somebody the registry does not know', async () => {
    const { h, token } = await li();
    const response = await h.call(
      'POST',
      '/api/family/household/members',
      { name: '王五', idNumber: '11010519491231002X', relationship: 'parent' },
      token,
    );
    expect(errorOf(response).code).toBe('PERSON_NOT_FOUND');
  });

  it('refuses the owner themself', async () => {
    const { h, token } = await li();
    expect(errorOf(await addMember(h, token, '李卫东', 'sibling')).code).toBe('SELF_MEMBER');
  });

  it('refuses a member twice', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    const again = await addMember(h, token, '李长海', 'parent');
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe('MEMBER_EXISTS');
  });

  it('refuses a relationship outside 近亲属', async () => {
    const { h, token } = await li();
    const response = await h.call(
      'POST',
      '/api/family/household/members',
      { name: '李长海', idNumber: P.李长海.id, relationship: 'uncle' },
      token,
    );
    expect(errorOf(response).code).toBe('RELATIONSHIP_NOT_ELIGIBLE');
  });

  it('refuses a relationship the birth dates rule out', async () => {
    const { h, token } = await li();
    const response = await addMember(h, token, '李娜', 'parent');
    expect(errorOf(response)).toEqual({
      code: 'RELATIONSHIP_AGE',
      message: '父母的出生日期应早于您的出生日期，请核对所选关系和身份证号',
    });
  });

  it('refuses a malformed phone number', async () => {
    const { h, token } = await li();
    const response = await h.call(
      'POST',
      '/api/family/household/members',
      { name: '李长海', idNumber: P.李长海.id, relationship: 'parent', phone: '139' },
      token,
    );
    expect(errorOf(response).code).toBe('PHONE_FORMAT');
  });
});

describe('binding in 河南', () => {
  it('needs the family to be built first', async () => {
    const { h, token } = await li(false);
    expect(errorOf(await bind(h, token, '李长海', 'parent')).code).toBe('HOUSEHOLD_REQUIRED');
  });

  it('needs the relative to be a member', async () => {
    const { h, token } = await li();
    expect(errorOf(await bind(h, token, '李长海', 'parent'))).toEqual({
      code: 'NOT_HOUSEHOLD_MEMBER',
      message: '请先把该亲属添加为家庭成员，再为其绑定',
    });
  });

  it('needs the same relationship as the member record', async () => {
    const { h, token } = await li();
    await addMember(h, token, '赵丽', 'spouse');
    expect(errorOf(await bind(h, token, '赵丽', 'sibling')).code).toBe('MEMBER_RELATIONSHIP_MISMATCH');
  });

  it('needs the signed 个人承诺书 only', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    expect(errorOf(await bind(h, token, '李长海', 'parent', { materialIds: [] }))).toEqual({
      code: 'MATERIALS_MISSING',
      message: '还需要上传：个人承诺书签名',
    });
    const signature = await upload(h, token, 'commitment-signature');
    expect((await bind(h, token, '李长海', 'parent', { materialIds: [signature] })).status).toBe(201);
  });

  it('refuses at once a claim the registers contradict', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李娜', 'spouse');
    const response = await bind(h, token, '李娜', 'spouse');
    expect(errorOf(response)).toEqual({
      code: 'KINSHIP_MISMATCH',
      message: '关系与户籍信息不符，请核对与该亲属的关系后重新选择',
    });
  });

  it('refuses a contradicted claim already at the eligibility check', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李娜', 'spouse');
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '李娜', idNumber: P.李娜.id, relationship: 'spouse' },
      token,
    );
    expect(errorOf(response).code).toBe('KINSHIP_MISMATCH');
  });

  it('shows a bound member as bound once a relation is unbound and bound again', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    const first = await bindOk(h, token, '李长海', 'parent');
    await h.call('DELETE', `/api/family/relations/${first.id}`, undefined, token);
    const household = (await h.call('GET', '/api/family/household', undefined, token)).body as Household;
    expect(household.members[0]).toMatchObject({ state: 'unbound', relationId: null });
    const second = await bindOk(h, token, '李长海', 'parent');
    const after = (await h.call('GET', '/api/family/household', undefined, token)).body as Household;
    expect(after.members[0]).toMatchObject({ state: 'bound', relationId: second.id });
  });
});

describe('DELETE /api/family/household/members/:id', () => {
  it('removes the member and ends their relation', async () => {
    const { h, token } = await li();
    const member = (await addMember(h, token, '李长海', 'parent')).body as HouseholdMember;
    const relation = await bindOk(h, token, '李长海', 'parent');
    const household = (await h.call('DELETE', `/api/family/household/members/${member.id}`, undefined, token))
      .body as Household;
    expect(household.members).toEqual([]);
    const ended = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(ended.status).toBe('unbound');
  });

  it('answers 404 for a member that is not in the family', async () => {
    const { h, token } = await li();
    const response = await h.call('DELETE', '/api/family/household/members/member-seed-1', undefined, token);
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('MEMBER_NOT_FOUND');
  });
});

describe('POST /api/family/household/leave', () => {
  it('takes the member out of the family and ends their relation', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    const relation = await bindOk(h, token, '李长海', 'parent');
    const father = await h.signIn(P.李长海.phone);
    const response = await h.call('POST', '/api/family/household/leave', {}, father);
    expect(response.body).toEqual({
      householdId: expect.any(String),
      unboundRelationId: relation.id,
    } satisfies LeaveHouseholdResponse);
    const ended = (await h.call('GET', `/api/family/relations/${relation.id}`, undefined, token))
      .body as RelationView;
    expect(ended.history[ended.history.length - 1].note).toBe('被共济人解除了共济关系');
    expect((await h.call('GET', '/api/family/household', undefined, father)).body).toBeNull();
  });

  it('acts on the family whose owner shares with the member when they are listed in two', async () => {
    const h = harness();
    const other = await h.signIn(P.周建军.phone);
    await h.call('POST', '/api/family/household', {}, other);
    await addMember(h, other, '李长海', 'sibling');
    const token = await h.signIn(P.李卫东.phone);
    await h.call('POST', '/api/family/household', {}, token);
    await addMember(h, token, '李长海', 'parent');
    const relation = await bindOk(h, token, '李长海', 'parent');
    const father = await h.signIn(P.李长海.phone);
    const seen = (await h.call('GET', '/api/family/household', undefined, father)).body as Household;
    expect(seen.owner.maskedName).toBe('李*东');
    const left = await h.call('POST', '/api/family/household/leave', {}, father);
    expect(left.body).toMatchObject({ unboundRelationId: relation.id });
  });

  it('answers 404 for a person who belongs to no family', async () => {
    const h = harness();
    const token = await h.signIn(P.李长海.phone);
    const response = await h.call('POST', '/api/family/household/leave', {}, token);
    expect(response).toEqual({
      status: 404,
      body: { code: 'NOT_A_MEMBER', message: '您不是任何家庭的成员，无需退出' },
    });
  });
});

describe('the face check of 河南医保 belongs to joining the family', () => {
  it('refuses a member of 16 or older without a face verification', async () => {
    const { h, token } = await li();
    expect(errorOf(await addMember(h, token, '李长海', 'parent', { face: false }))).toEqual({
      code: 'FACE_VERIFICATION_REQUIRED',
      message: '该亲属已满16周岁，需要本人完成人脸验证后再提交',
    });
  });

  it('uses a face verification up when the member joins', async () => {
    const { h, token } = await li();
    const verificationId = await verifyFace(h, token, '李长海');
    const body = { name: '李长海', idNumber: P.李长海.id, relationship: 'parent', verificationId };
    const joined = await h.call('POST', '/api/family/household/members', body, token);
    expect(joined.status).toBe(201);
    await h.call(
      'DELETE',
      `/api/family/household/members/${(joined.body as HouseholdMember).id}`,
      undefined,
      token,
    );
    const again = await h.call('POST', '/api/family/household/members', body, token);
    expect(errorOf(again).code).toBe('FACE_VERIFICATION_INVALID');
  });

  it('refuses a face verification of somebody else', async () => {
    const { h, token } = await li();
    const verificationId = await verifyFace(h, token, '李娜');
    const response = await h.call(
      'POST',
      '/api/family/household/members',
      { name: '李长海', idNumber: P.李长海.id, relationship: 'parent', verificationId },
      token,
    );
    expect(errorOf(response).code).toBe('FACE_VERIFICATION_INVALID');
  });

  it('says binding a member needs no face verification', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '李长海', idNumber: P.李长海.id, relationship: 'parent' },
      token,
    );
    expect(response.body).toEqual({ needsFaceVerification: false });
  });
});

describe('POST /api/family/eligibility for a new member', () => {
  async function memberCheck(h: Harness, token: string, name: keyof typeof P, relationship: string) {
    return h.call(
      'POST',
      '/api/family/eligibility',
      { name, idNumber: P[name].id, relationship, purpose: 'member' },
      token,
    );
  }

  it('lets an adult join with a face verification', async () => {
    const { h, token } = await li();
    expect((await memberCheck(h, token, '李长海', 'parent')).body).toEqual({ needsFaceVerification: true });
  });

  it('refuses 王大力, whom another 职工 shares with, before any face check: joining would lead nowhere', async () => {
    const { h, token } = await li();
    const response = await memberCheck(h, token, '王大力', 'sibling');
    expect([response.status, errorOf(response).code]).toEqual([400, 'BENEFICIARY_HAS_SPONSOR']);
  });

  it('refuses a person insured in another province, as binding would', async () => {
    const { h, token } = await li();
    expect(errorOf(await memberCheck(h, token, '周玉兰', 'parent')).code).toBe('PROVINCE_MISMATCH');
  });

  it('refuses a person who is already a member', async () => {
    const { h, token } = await li();
    await addMember(h, token, '李长海', 'parent');
    const response = await memberCheck(h, token, '李长海', 'parent');
    expect(response.status).toBe(409);
    expect(errorOf(response).code).toBe('MEMBER_EXISTS');
  });

  it('refuses before the family is built', async () => {
    const { h, token } = await li(false);
    expect(errorOf(await memberCheck(h, token, '李长海', 'parent')).code).toBe('HOUSEHOLD_NOT_FOUND');
  });

  it('refuses a relationship the birth dates rule out', async () => {
    const { h, token } = await li();
    expect(errorOf(await memberCheck(h, token, '李娜', 'parent')).code).toBe('RELATIONSHIP_AGE');
  });

  it('refuses a purpose it does not know', async () => {
    const { h, token } = await li();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '李长海', idNumber: P.李长海.id, relationship: 'parent', purpose: 'anything' },
      token,
    );
    expect(errorOf(response).code).toBe('BAD_REQUEST');
  });
});

describe('binding a member by id', () => {
  async function bindMember(
    h: Harness,
    token: string,
    memberId: string,
    extra: Record<string, unknown> = {},
  ) {
    const signature = await upload(h, token, 'commitment-signature');
    return h.call(
      'POST',
      '/api/family/relations',
      { memberId, materialIds: [signature], consentVersion: '2026-11', idempotencyKey: newKey(), ...extra },
      token,
    );
  }

  async function memberOf(h: Harness, token: string, name: PersonaName, relationship: RelationshipCode) {
    return (await addMember(h, token, name, relationship)).body as HouseholdMember;
  }

  it('takes the details from the family record and is active at once', async () => {
    const { h, token } = await li();
    const member = await memberOf(h, token, '孙桂香', 'grandparent');
    const response = await bindMember(h, token, member.id);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'active',
      relationship: 'grandparent',
      beneficiary: { maskedName: '孙*香' },
    });
    expect(JSON.stringify(response.body)).not.toContain(P.孙桂香.id);
    const household = (await h.call('GET', '/api/family/household', undefined, token)).body as Household;
    expect(household.members[0]).toMatchObject({
      state: 'bound',
      relationId: (response.body as RelationView).id,
    });
  });

  it('answers a replay of the same key with the first relation', async () => {
    const { h, token } = await li();
    const member = await memberOf(h, token, '李长海', 'parent');
    const signature = await upload(h, token, 'commitment-signature');
    const body = {
      memberId: member.id,
      materialIds: [signature],
      consentVersion: '2026-11',
      idempotencyKey: 'once',
    };
    const first = await h.call('POST', '/api/family/relations', body, token);
    const again = await h.call('POST', '/api/family/relations', body, token);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect((again.body as RelationView).id).toBe((first.body as RelationView).id);
  });

  it('refuses the same key for another member', async () => {
    const { h, token } = await li();
    const father = await memberOf(h, token, '李长海', 'parent');
    const sister = await memberOf(h, token, '李娜', 'sibling');
    await bindMember(h, token, father.id, { idempotencyKey: 'shared' });
    const response = await bindMember(h, token, sister.id, { idempotencyKey: 'shared' });
    expect(response.status).toBe(409);
    expect(errorOf(response).code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('does not find a member of another family', async () => {
    const { h, token } = await li();
    const response = await bindMember(h, token, 'member-seed-1');
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('MEMBER_NOT_FOUND');
  });

  it('refuses 王大力, whom 周建军 already shares with, when he would join the family', async () => {
    const { h, token } = await li();
    const response = await addMember(h, token, '王大力', 'sibling');
    expect([response.status, errorOf(response).code]).toEqual([400, 'BENEFICIARY_HAS_SPONSOR']);
  });

  it('needs the signed 个人承诺书', async () => {
    const { h, token } = await li();
    const member = await memberOf(h, token, '李长海', 'parent');
    expect(errorOf(await bindMember(h, token, member.id, { materialIds: [] })).code).toBe(
      'MATERIALS_MISSING',
    );
  });

  it('refuses a member id mixed with typed details', async () => {
    const { h, token } = await li();
    const member = await memberOf(h, token, '李长海', 'parent');
    const response = await bindMember(h, token, member.id, { idNumber: P.李长海.id });
    expect(errorOf(response).code).toBe('BAD_REQUEST');
  });

  it('needs the family to be built first', async () => {
    const { h, token } = await li(false);
    expect(errorOf(await bindMember(h, token, 'member-1')).code).toBe('HOUSEHOLD_REQUIRED');
  });

  it('is not offered to a 粤医保 sponsor', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect(errorOf(await bindMember(h, token, 'member-1')).code).toBe('HOUSEHOLD_NOT_SUPPORTED');
  });
});
