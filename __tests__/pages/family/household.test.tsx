import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HouseholdPage from '@/pages/family/household/index';
import * as services from '@/services';
import type { RelationshipCode } from '@/domain';
import { householdKey } from '@/features/household';
import { readEntry } from '@/request';
import type { Household } from '@/services';
import { useSession } from '@/features/auth';
import { installBackend, lastNavigation, renderPage, signInAs } from '../../support/render';
import { cameraProof } from '../../support/face';

const PEOPLE = {
  李长海: '410105194002091017',
  李娜: '410105197203301424',
  孙桂香: '410105194308151625',
} as const;

/** 李卫东's family as the services build it: members join with a face verification. */
async function addMember(name: keyof typeof PEOPLE, relationship: RelationshipCode) {
  const idNumber = PEOPLE[name];
  const { verificationId } = await services.verifyFace(cameraProof(name, idNumber));
  return services.addHouseholdMember({ name, idNumber, relationship, verificationId });
}

async function bindMember(memberId: string) {
  const signature = await services.uploadMaterial('commitment-signature', {
    filePath:
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  });
  return services.bindRelative({
    memberId,
    materialIds: [signature.materialId],
    consentVersion: 'test',
    idempotencyKey: memberId,
  });
}

/**
 * 李娜 joins 李卫东's family, then 周建军 adds and binds her first, so she is 已被其他职工绑定 in
 * 李卫东's: who can never be bound is refused on joining (王大力), so this is the one way there.
 */
async function sisterBoundElsewhere() {
  await addMember('李娜', 'sibling');
  const li = useSession.getState();
  await signInAs('13900000003');
  const joined = await addMember('李娜', 'sibling');
  await bindMember(joined.id);
  // Back on 李卫东's phone: his session, as it was before (a new SMS code would wait for the cooldown).
  useSession.setState(li);
  if (li.token) services.setSessionToken(li.token);
}

function row(label: string) {
  return screen.getByRole('listitem', { name: label });
}

beforeEach(async () => {
  installBackend();
  await signInAs('13900000001');
});

describe('before the family is built', () => {
  test('the sponsor confirms their own details, masked, under 新增家庭信息', async () => {
    await renderPage(HouseholdPage);
    expect(await screen.findByText('新增家庭信息')).toBeInTheDocument();
    expect(screen.getByText('李*东')).toBeInTheDocument();
    expect(screen.getByText('4101**********2112')).toBeInTheDocument();
    expect(screen.getByText('139****0001')).toBeInTheDocument();
    expect(screen.getByText('职工医保')).toBeInTheDocument();
    expect(screen.queryByText(/410105196804182112|13900000001/)).not.toBeInTheDocument();
  });

  test('建立家庭 builds the family and shows it with no members yet', async () => {
    await renderPage(HouseholdPage);
    await userEvent.click(await screen.findByRole('button', { name: '建立家庭' }));
    expect(await screen.findByText('我的家庭')).toBeInTheDocument();
    expect(screen.getByText('李*东（本人）')).toBeInTheDocument();
    expect(screen.getByText('家庭成员（0人）')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '建立家庭' })).not.toBeInTheDocument();
  });

  test('a second family is refused with the back end’s reason, and the existing family is shown', async () => {
    await renderPage(HouseholdPage);
    await screen.findByRole('button', { name: '建立家庭' });
    await services.createHousehold();
    await userEvent.click(screen.getByRole('button', { name: '建立家庭' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('您已建立家庭，不能重复建立');
    expect(await screen.findByText('我的家庭')).toBeInTheDocument();
    expect(readEntry<Household | null>(householdKey)?.data?.viewerRole).toBe('owner');
  });

  test('someone without 职工医保 is told how they come to belong to a family', async () => {
    await signInAs('13900000002');
    await renderPage(HouseholdPage);
    expect(await screen.findByText('您还没有加入家庭')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '建立家庭' })).not.toBeInTheDocument();
  });

  test('a failed load says why and can be retried', async () => {
    await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
    await renderPage(HouseholdPage);
    expect(await screen.findByText('网络繁忙，请稍后重试')).toBeInTheDocument();
    await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('新增家庭信息')).toBeInTheDocument();
  });
});

describe('the 共济人’s family', () => {
  beforeEach(async () => {
    await services.createHousehold();
  });

  test('each member shows 未绑定, 已绑定 or 已被其他职工绑定', async () => {
    const father = await addMember('李长海', 'parent');
    await bindMember(father.id);
    await sisterBoundElsewhere();
    await addMember('孙桂香', 'grandparent');
    await renderPage(HouseholdPage);
    await screen.findByText('家庭成员（3人）');
    expect(within(row('李*海 父亲')).getByText('已绑定')).toBeInTheDocument();
    expect(within(row('孙*香 祖母')).getByText('未绑定')).toBeInTheDocument();
    expect(within(row('李* 姐妹')).getByText('已被其他职工绑定')).toBeInTheDocument();
  });

  test('only an unbound member offers 绑定, which opens the 个人承诺书 for that member', async () => {
    const father = await addMember('李长海', 'parent');
    await sisterBoundElsewhere();
    await renderPage(HouseholdPage);
    await screen.findByText('家庭成员（2人）');
    expect(within(row('李* 姐妹')).queryByRole('button', { name: '绑定' })).not.toBeInTheDocument();
    await userEvent.click(within(row('李*海 父亲')).getByRole('button', { name: '绑定' }));
    expect(lastNavigation()).toEqual({
      kind: 'navigateTo',
      url: `/pages/family/commitment/index?memberId=${father.id}`,
    });
  });

  test('＋ 添加家庭成员 opens the member form', async () => {
    await renderPage(HouseholdPage);
    await userEvent.click(await screen.findByRole('button', { name: '＋ 添加家庭成员' }));
    expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/family/household/member/index' });
  });

  test('解绑 names the member, and cancelling changes nothing', async () => {
    await bindMember((await addMember('李长海', 'parent')).id);
    await renderPage(HouseholdPage);
    await userEvent.click(
      within(await screen.findByRole('listitem', { name: '李*海 父亲' })).getByRole('button', {
        name: '解绑',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: '确认解绑' });
    expect(dialog).toHaveTextContent('确定解除与李*海的家庭共济绑定吗');
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await services.getHousehold())?.members[0].state).toBe('bound');
  });

  test('confirming 解绑 ends the binding at once and keeps the member', async () => {
    await bindMember((await addMember('李长海', 'parent')).id);
    await renderPage(HouseholdPage);
    await userEvent.click(
      within(await screen.findByRole('listitem', { name: '李*海 父亲' })).getByRole('button', {
        name: '解绑',
      }),
    );
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确认解绑' }));
    await waitFor(() => expect(within(row('李*海 父亲')).getByText('未绑定')).toBeInTheDocument());
    expect((await services.listRelations({ role: 'sponsor' }))[0].status).toBe('unbound');
  });

  test('移出家庭 names the member and, confirmed, removes them and their binding', async () => {
    await bindMember((await addMember('李长海', 'parent')).id);
    await renderPage(HouseholdPage);
    await userEvent.click(
      within(await screen.findByRole('listitem', { name: '李*海 父亲' })).getByRole('button', {
        name: '移出家庭',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: '确认移出家庭' });
    expect(dialog).toHaveTextContent('确定把李*海移出家庭吗？移出后，与李*海的家庭共济绑定同时解除');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认移出' }));
    expect(await screen.findByText('家庭成员（0人）')).toBeInTheDocument();
    expect((await services.listRelations({ role: 'sponsor' }))[0].status).toBe('unbound');
  });

  test('a refused action keeps the family on screen and says why', async () => {
    await addMember('李长海', 'parent');
    await renderPage(HouseholdPage);
    await userEvent.click(
      within(await screen.findByRole('listitem', { name: '李*海 父亲' })).getByRole('button', {
        name: '移出家庭',
      }),
    );
    await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确认移出' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');
    expect(row('李*海 父亲')).toBeInTheDocument();
  });

  test('the deduction order states 河南医保’s policy: the largest balance pays first', async () => {
    await renderPage(HouseholdPage);
    expect(await screen.findByText('扣款顺序')).toBeInTheDocument();
    expect(screen.getByText(/从余额最多的共济人账户开始扣/)).toBeInTheDocument();
  });
});

describe('a member signed in', () => {
  beforeEach(async () => {
    await services.createHousehold();
    await bindMember((await addMember('李长海', 'parent')).id);
    await signInAs('13900000002');
  });

  test('sees the family they belong to, without the 共济人’s actions', async () => {
    await renderPage(HouseholdPage);
    expect(await screen.findByText('我所在的家庭')).toBeInTheDocument();
    expect(screen.getAllByText('李*东')[0]).toBeVisible();
    expect(within(row('李*海 李*东的父亲')).getByText('已绑定')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '＋ 添加家庭成员' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '移出家庭' })).not.toBeInTheDocument();
  });

  test('sees whose account pays for them, in the back end’s order, and not its balance', async () => {
    await renderPage(HouseholdPage);
    const first = await screen.findByRole('listitem', { name: '第1位 李*东' });
    expect(first).toHaveTextContent('本月还可用 不限');
    expect(first).not.toHaveTextContent('2,000.00');
  });

  test('退出家庭 names the 共济人 and, confirmed, leaves the family and ends the binding', async () => {
    await renderPage(HouseholdPage);
    await userEvent.click(await screen.findByRole('button', { name: '退出家庭' }));
    const dialog = screen.getByRole('dialog', { name: '确认退出家庭' });
    expect(dialog).toHaveTextContent('确定退出李*东的家庭吗');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认退出' }));
    expect(await screen.findByText('您还没有加入家庭')).toBeInTheDocument();
    expect(await services.getHousehold()).toBeNull();
    expect((await services.listRelations({ role: 'beneficiary' }))[0].status).toBe('unbound');
  });
});

test('a signed-out visitor is asked to sign in', async () => {
  await useSession.getState().signOut();
  await renderPage(HouseholdPage);
  expect(screen.getByText('请先登录后再办理')).toBeInTheDocument();
});
