/**
 * DESIGN.md § Seed personas: every row gives the outcome it promises when bound by its
 * province's sponsor — 陈建国 for 广东, 李卫东 for 河南 (family first), 王大力 refused.
 */
import type { RelationshipCode } from '@/domain';
import type { Household, HouseholdMember, RelationView } from '@/services/contract';
import { addMember, bind, bindOk, errorOf, harness, P } from './support';
import type { Harness, PersonaName } from './support';

async function chen(): Promise<{ h: Harness; token: string }> {
  const h = harness({ autoApproveAfterMs: 10_000 });
  return { h, token: await h.signIn(P.陈建国.phone) };
}

async function statusAfterReview(h: Harness, token: string, id: string): Promise<RelationView> {
  h.clock.advance(10_000);
  return (await h.call('GET', `/api/family/relations/${id}`, undefined, token)).body as RelationView;
}

describe('广东: bound by 陈建国 (粤医保, reviewed)', () => {
  const approved: [PersonaName, RelationshipCode, boolean][] = [
    ['林美华', 'spouse', true],
    ['周玉兰', 'parent', true],
    ['陈小明', 'child', false],
  ];

  it.each(approved)('%s (%s) goes 审核中 → 已生效', async (name, relationship, face) => {
    const { h, token } = await chen();
    const relation = await bindOk(h, token, name, relationship, { face });
    expect(relation.status).toBe('pending');
    expect((await statusAfterReview(h, token, relation.id)).status).toBe('active');
  });

  it('陈小明, under 16, needs no face verification', async () => {
    const { h, token } = await chen();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '陈小明', idNumber: P.陈小明.id, relationship: 'child' },
      token,
    );
    expect(response.body).toEqual({ needsFaceVerification: false });
  });

  it('黄桂芳, claimed as his mother, goes 审核中 → 未通过 with 关系与户籍信息不符', async () => {
    const { h, token } = await chen();
    const relation = await bindOk(h, token, '黄桂芳', 'parent');
    expect(await statusAfterReview(h, token, relation.id)).toMatchObject({
      status: 'rejected',
      rejectReason: '关系与户籍信息不符',
    });
  });

  it('林美华 claiming her 婆婆 周玉兰 as her mother is refused at review', async () => {
    const h = harness({ autoApproveAfterMs: 10_000 });
    const wife = await h.signIn(P.林美华.phone);
    const relation = await bindOk(h, wife, '周玉兰', 'parent');
    expect((await statusAfterReview(h, wife, relation.id)).rejectReason).toBe('关系与户籍信息不符');
  });

  const refused: [PersonaName, RelationshipCode, string][] = [
    ['陈建华', 'sibling', 'RELATIONSHIP_NOT_ELIGIBLE'],
    ['陈晓燕', 'child', 'PROVINCE_MISMATCH'],
    ['张志强', 'sibling', 'BENEFICIARY_SUSPENDED'],
    ['王秀英', 'parent', 'BENEFICIARY_NOT_INSURED'],
  ];

  it.each(refused)(
    '%s (%s) is refused with %s, at the eligibility check and at binding',
    async (name, relationship, code) => {
      const { h, token } = await chen();
      const eligibility = await h.call(
        'POST',
        '/api/family/eligibility',
        { name, idNumber: P[name].id, relationship },
        token,
      );
      expect(eligibility.status).toBe(400);
      expect(errorOf(eligibility).code).toBe(code);
      const response = await bind(h, token, name, relationship, { face: false, materialIds: [] });
      expect(errorOf(response).code).toBe(code);
    },
  );

  it('陈晓燕 is refused for her 参保地 河南, not for her Guangzhou ID number', async () => {
    const { h, token } = await chen();
    const response = await h.call(
      'POST',
      '/api/family/eligibility',
      { name: '陈晓燕', idNumber: P.陈晓燕.id, relationship: 'child' },
      token,
    );
    expect(errorOf(response).message).toBe(
      '家庭共济要求双方参保地在同一省份：您在广东参保，该亲属在河南参保，暂不能绑定',
    );
  });
});

describe('河南: bound by 李卫东 (河南医保, family first, instant)', () => {
  async function li(): Promise<{ h: Harness; token: string }> {
    const h = harness();
    const token = await h.signIn(P.李卫东.phone);
    await h.call('POST', '/api/family/household', {}, token);
    return { h, token };
  }

  const eligible: [PersonaName, RelationshipCode][] = [
    ['李长海', 'parent'],
    ['赵丽', 'spouse'],
    ['李娜', 'sibling'],
    ['孙桂香', 'grandparent'],
  ];

  it.each(eligible)(
    '%s (%s) is added to the family and bound, active at once',
    async (name, relationship) => {
      const { h, token } = await li();
      const member = (await addMember(h, token, name, relationship)).body as HouseholdMember;
      expect(member.state).toBe('unbound');
      const relation = await bindOk(h, token, name, relationship);
      expect(relation.status).toBe('active');
      const household = (await h.call('GET', '/api/family/household', undefined, token)).body as Household;
      expect(household.members[0]).toMatchObject({ state: 'bound', relationId: relation.id });
    },
  );

  it('王大力 is refused already when he would join the family: 周建军 already shares with him', async () => {
    const { h, token } = await li();
    const response = await addMember(h, token, '王大力', 'sibling');
    expect(errorOf(response)).toEqual({
      code: 'BENEFICIARY_HAS_SPONSOR',
      message: '该亲属已被其他职工绑定，一人只能由一名职工共济；如需改由您共济，请先由对方解绑',
    });
  });

  it('周建军 already shares with 王大力 in the seed', async () => {
    const h = harness();
    const token = await h.signIn(P.周建军.phone);
    const list = (await h.call('GET', '/api/family/relations', undefined, token)).body as RelationView[];
    expect(list).toEqual([
      expect.objectContaining({
        status: 'active',
        relationship: 'sibling',
        viewerRole: 'sponsor',
        beneficiary: expect.objectContaining({ maskedName: '王*力' }),
      }),
    ]);
  });
});
