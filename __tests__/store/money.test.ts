import Taro from '@tarojs/taro';
import * as services from '@/services';
import * as api from '@/services/api';
import type { DeductionOrderEntry, Me, RelationView } from '@/services';
import { useSession } from '@/features/auth';
import { checkPremium, makePrimary, moveInOrder, useMoney } from '@/features/money';
import { installBackend } from '../support/render';
import { freezeToday, ID, PHONE, resetMoney, signInAs, sonSharesWithMother } from '../pages/money/support';

const ACCOUNT = { kind: 'account' } as const;

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

async function settleOwnBills(count: number) {
  for (let i = 0; i < count; i += 1) {
    await services.qa.settle({
      idNumber: ID.陈建国,
      amountFen: 100,
      institution: '广州市第一人民医院',
      category: 'outpatient',
    });
  }
}

describe('usage records', () => {
  test('the first page comes with the month’s total from the back end', async () => {
    await signInAs(PHONE.陈建国);
    await useMoney.getState().loadUsage(ACCOUNT, '2025-06');
    expect(useMoney.getState().usage.account).toMatchObject({
      month: '2025-06',
      loaded: true,
      monthTotalFen: 8650,
      nextCursor: null,
    });
  });

  test('the next page is added after the ones loaded', async () => {
    await signInAs(PHONE.陈建国);
    await settleOwnBills(25);
    await useMoney.getState().loadUsage(ACCOUNT, '2025-06');
    await useMoney.getState().loadMoreUsage(ACCOUNT);
    const list = useMoney.getState().usage.account;
    expect(list.items).toHaveLength(26);
    expect(new Set(list.items.map((item) => item.id)).size).toBe(26);
    expect(list.nextCursor).toBeNull();
  });

  test('an answer for a month no longer shown is dropped', async () => {
    await signInAs(PHONE.陈建国);
    const may = useMoney.getState().loadUsage(ACCOUNT, '2025-05');
    const june = useMoney.getState().loadUsage(ACCOUNT, '2025-06');
    await Promise.all([may, june]);
    const list = useMoney.getState().usage.account;
    expect(list.month).toBe('2025-06');
    expect(list.items.map((item) => item.institution)).toEqual(['大参林药店（天河店）']);
  });

  test('a cursor whose record is gone starts again from the newest', async () => {
    await signInAs(PHONE.陈建国);
    const before = await services.qa.exportState();
    await settleOwnBills(25);
    await useMoney.getState().loadUsage(ACCOUNT, null);
    await services.qa.importState(before);
    await useMoney.getState().loadMoreUsage(ACCOUNT);
    const list = useMoney.getState().usage.account;
    expect(list.moreError).toBeNull();
    expect(list.items.map((item) => item.totalFen)).toEqual([8650, 23500, 4200]);
  });

  test('another person signing in never sees the last one’s records', async () => {
    await signInAs(PHONE.陈建国);
    await useMoney.getState().loadUsage(ACCOUNT, '2025-06');
    await signInAs(PHONE.周玉兰);
    expect(useMoney.getState().usage).toEqual({});
  });
});

describe('代缴', () => {
  test('a retry of the same payment sends the same key', async () => {
    const relation = await sonSharesWithMother();
    const pay = jest
      .spyOn(api, 'payPremium')
      .mockRejectedValue(new services.ServiceError('NETWORK', '网络连接失败，请检查网络后重试', 0));
    const owner = useSession.getState().sponsor?.personId ?? '';
    await useMoney.getState().payPremium(owner, relation.id, 2026);
    await useMoney.getState().payPremium(owner, relation.id, 2026);
    expect(pay.mock.calls[1][2]).toBe(pay.mock.calls[0][2]);
  });

  test('another year is another attempt with a new key', async () => {
    const relation = await sonSharesWithMother();
    const pay = jest
      .spyOn(api, 'payPremium')
      .mockRejectedValue(new services.ServiceError('NETWORK', '网络连接失败，请检查网络后重试', 0));
    const owner = useSession.getState().sponsor?.personId ?? '';
    await useMoney.getState().payPremium(owner, relation.id, 2025);
    await useMoney.getState().payPremium(owner, relation.id, 2026);
    expect(pay.mock.calls[1][2]).not.toBe(pay.mock.calls[0][2]);
  });

  test('the attempt is kept in storage, so a restart retries with the same key', async () => {
    const relation = await sonSharesWithMother();
    jest
      .spyOn(api, 'payPremium')
      .mockRejectedValue(new services.ServiceError('NETWORK', '网络连接失败，请检查网络后重试', 0));
    const owner = useSession.getState().sponsor?.personId ?? '';
    await useMoney.getState().payPremium(owner, relation.id, 2026);
    const key = useMoney.getState().premiumAttempt?.key;
    const stored: unknown = Taro.getStorageSync('family-money');
    // A new process starts with no attempt, then reads what the last one stored.
    resetMoney();
    Taro.setStorageSync('family-money', stored);
    await useMoney.persist.rehydrate();
    expect(useMoney.getState().premiumAttempt).toEqual({
      ownerId: owner,
      relationId: relation.id,
      year: 2026,
      key,
    });
  });

  test('a payment that went through ends the attempt and refreshes the balance', async () => {
    const relation = await sonSharesWithMother();
    const owner = useSession.getState().sponsor?.personId ?? '';
    const payment = await useMoney.getState().payPremium(owner, relation.id, 2026);
    expect(payment?.amountFen).toBe(40000);
    expect(useMoney.getState().premiumAttempt).toBeNull();
    expect(useSession.getState().sponsor?.balanceFen).toBe(460000);
  });

  test('a refusal keeps the back end’s reason', async () => {
    const relation = await sonSharesWithMother();
    const owner = useSession.getState().sponsor?.personId ?? '';
    expect(await useMoney.getState().payPremium(owner, relation.id, 2020)).toBeNull();
    expect(useMoney.getState().payError?.code).toBe('PREMIUM_YEAR');
  });
});

// ---------------------------------------------------------------- pure helpers

const person = {
  maskedIdNumber: '4401**********0000',
  maskedPhone: null,
  provinceCode: '44',
  status: 'active' as const,
};

function me(insuranceType: Me['insuranceType'], balanceFen: number): Me {
  return {
    ...person,
    personId: 'p',
    maskedName: '陈*国',
    insuranceType,
    birthDate: '1970-03-15',
    sex: 'male',
    balanceFen,
    contributionMonths: 1,
    sharedThisYearFen: 0,
    unreadMessageCount: 0,
    regionId: 'guangdong',
  };
}

function entry(id: string, remainingLimitFen: number | null): DeductionOrderEntry {
  return {
    id,
    regionId: 'guangdong',
    sponsor: { ...person, personId: id, maskedName: `${id}*人`, insuranceType: 'employee' },
    beneficiary: { ...person, personId: 'b', maskedName: '周*兰', insuranceType: 'resident' },
    relationship: 'parent',
    status: 'active',
    rejectReason: null,
    viewerRole: 'beneficiary',
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
    history: [],
    monthlyLimitFen: remainingLimitFen,
    deductionRank: null,
    materialIds: [],
    remainingLimitFen,
  };
}

describe('reordering', () => {
  test('moveInOrder swaps a sponsor with its neighbour', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  test('moveInOrder leaves the ends where they are', () => {
    expect(moveInOrder(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moveInOrder(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
  });

  test('makePrimary puts one first and keeps the others in order', () => {
    expect(makePrimary(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
  });
});

describe('checkPremium', () => {
  function relation(insuranceType: Me['insuranceType']): RelationView {
    const view: RelationView = entry('a', null);
    return { ...view, viewerRole: 'sponsor', beneficiary: { ...view.beneficiary, insuranceType } };
  }

  test('quotes the region’s premium and the balance after it', () => {
    expect(checkPremium(me('employee', 500000), relation('resident'), 2026, '2025-06-15')).toEqual({
      ok: true,
      value: { amountFen: 40000, balanceAfterFen: 460000 },
    });
  });

  test('refuses a relative who is not insured as a resident', () => {
    const check = checkPremium(me('employee', 500000), relation('none'), 2026, '2025-06-15');
    expect(check.ok ? null : check.error.code).toBe('PREMIUM_NOT_RESIDENT');
  });

  test('refuses below the region’s minimum balance', () => {
    const check = checkPremium(me('employee', 39999), relation('resident'), 2026, '2025-06-15');
    expect(check.ok ? null : check.error.code).toBe('PREMIUM_BALANCE');
  });
});
