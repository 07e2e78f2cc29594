import type { MessageList, MessagesRead, RelationView } from '@/services/contract';
import { addMember, bindOk, errorOf, harness, newKey, P, review, uploadAll } from './support';
import type { Harness } from './support';

async function inbox(h: Harness, token: string): Promise<MessageList> {
  const response = await h.call('GET', '/api/messages', undefined, token);
  expect(response.status).toBe(200);
  return response.body as MessageList;
}

async function sonAppliesForMother(): Promise<{ h: Harness; son: string; relation: RelationView }> {
  const h = harness();
  const son = await h.signIn(P.陈建国.phone);
  const relation = await bindOk(h, son, '周玉兰', 'parent');
  return { h, son, relation };
}

describe('消息', () => {
  it('is empty for someone nothing has happened to', async () => {
    const h = harness();
    const token = await h.signIn(P.林美华.phone);
    expect(await inbox(h, token)).toEqual({ messages: [], unreadCount: 0 });
  });

  it('tells the applicant a refusal with QA’s reason', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, false, '户口簿照片不清晰');
    const [message] = (await inbox(h, son)).messages;
    expect([message.kind, message.title, message.body]).toEqual([
      'review-rejected',
      '审核未通过',
      expect.stringContaining('原因：户口簿照片不清晰'),
    ]);
  });

  it('tells the applicant an approval and the relative that she is bound', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, true);
    const mother = await h.signIn(P.周玉兰.phone);
    expect([(await inbox(h, son)).messages[0].kind, (await inbox(h, mother)).messages[0].kind]).toEqual([
      'review-approved',
      'bound',
    ]);
  });

  it('records a decision the automatic review made, with its reason', async () => {
    const h = harness({ autoApproveAfterMs: 1000 });
    const wife = await h.signIn(P.林美华.phone);
    // 周玉兰 is her 婆婆, not close kin on the registers, so the review refuses the claim.
    await bindOk(h, wife, '周玉兰', 'parent');
    h.clock.advance(2000);
    const [message] = (await inbox(h, wife)).messages;
    expect([message.kind, message.body]).toEqual([
      'review-rejected',
      expect.stringContaining('关系与户籍信息不符'),
    ]);
  });

  it('tells the other side when a relation is unbound, not the one who unbound it', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, true);
    const mother = await h.signIn(P.周玉兰.phone);
    await h.call('DELETE', `/api/family/relations/${relation.id}`, undefined, mother);
    const his = (await inbox(h, son)).messages.map((message) => message.kind);
    const hers = (await inbox(h, mother)).messages.map((message) => message.kind);
    expect([his[0], hers.includes('unbound')]).toEqual(['unbound', false]);
  });

  it('tells the relative at once when 河南医保 binds her instantly', async () => {
    const h = harness();
    const owner = await h.signIn(P.李卫东.phone);
    await h.call('POST', '/api/family/household', undefined, owner);
    const member = (await addMember(h, owner, '李长海', 'parent')).body as { id: string };
    const materialIds = await uploadAll(h, owner, 'household', 'parent');
    const bound = await h.call(
      'POST',
      '/api/family/relations',
      { memberId: member.id, materialIds, consentVersion: '2025-01', idempotencyKey: newKey() },
      owner,
    );
    expect(bound.status).toBe(201);
    const father = await h.signIn(P.李长海.phone);
    expect((await inbox(h, father)).messages.map((message) => message.kind)).toEqual(['bound']);
  });

  it('tells a sponsor what their account paid for a relative', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, true);
    await h.call('POST', '/api/_mock/settle', {
      idNumber: P.周玉兰.id,
      amountFen: 30_000,
      institution: '大参林药店',
      category: 'pharmacy',
    });
    const [message] = (await inbox(h, son)).messages;
    expect([message.kind, message.body]).toEqual([
      'payment-for-relative',
      '您的个人账户为周*兰在大参林药店支付了 300.00 元。',
    ]);
  });

  it('tells the relative a premium was paid for her', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, true);
    const paid = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: newKey() },
      son,
    );
    expect(paid.status).toBe(201);
    const mother = await h.signIn(P.周玉兰.phone);
    expect((await inbox(h, mother)).messages[0]).toEqual(
      expect.objectContaining({ kind: 'premium-paid', body: expect.stringContaining('2025年度居民医保') }),
    );
  });

  it('lists the newest first and counts the unread', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, true);
    await h.call('POST', '/api/_mock/settle', {
      idNumber: P.周玉兰.id,
      amountFen: 100,
      institution: '大参林药店',
      category: 'pharmacy',
    });
    const list = await inbox(h, son);
    expect([list.messages.map((message) => message.kind), list.unreadCount]).toEqual([
      ['payment-for-relative', 'review-approved'],
      2,
    ]);
  });

  it('marks read only the person’s own messages', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, true);
    const mother = await h.signIn(P.周玉兰.phone);
    const his = (await inbox(h, son)).messages[0].id;
    const answer = await h.call('POST', '/api/messages/read', { messageIds: [his] }, mother);
    expect([(answer.body as MessagesRead).unreadCount, (await inbox(h, son)).unreadCount]).toEqual([1, 1]);
  });

  it('counts the unread ones on the person’s own record, for 我的', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, false);
    const count = async () =>
      ((await h.call('GET', '/api/me', undefined, son)).body as { unreadMessageCount: number })
        .unreadMessageCount;
    const before = await count();
    await h.call('POST', '/api/messages/read', { messageIds: [(await inbox(h, son)).messages[0].id] }, son);
    expect([before, await count()]).toEqual([1, 0]);
  });

  it('marks a message read for its owner', async () => {
    const { h, son, relation } = await sonAppliesForMother();
    await review(h, relation.id, false);
    const [message] = (await inbox(h, son)).messages;
    await h.call('POST', '/api/messages/read', { messageIds: [message.id] }, son);
    expect((await inbox(h, son)).messages[0].read).toBe(true);
  });

  it('refuses a read request without a list of ids', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect(errorOf(await h.call('POST', '/api/messages/read', {}, token)).code).toBe('BAD_REQUEST');
  });
});
