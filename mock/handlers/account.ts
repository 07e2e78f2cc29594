/** The signed-in person's own account: profile, deduction order, 结算预估, 代缴. */
import { canPayPremium } from '@/domain';
import type { BillEstimate, DeductionOrderEntry, Me, OwnName, PremiumPayment } from '@/services/contract';
import { CATEGORY_CODES, orderRegion, requireSettleable, sponsorsInOrder, splitBill } from '../billing';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, unwrap } from '../errors';
import { activeRelationsOf, insuredOf, nextId, personById, regionOfRelation } from '../model';
import { recordUsage } from '../ledger';
import { notifyPremium } from '../messages';
import { oneOfText, readBody, readInteger, readText, readTextList } from '../read';
import { deductionOrderEntry, estimateView, meView, premiumView } from '../views';
import { idempotent, rememberResult } from './idempotency';
import { roleOf, visibleRelation } from './relations';

export function getMe(ctx: SignedInContext): Reply<Me> {
  return reply(meView(ctx.state, ctx.viewer, ctx.now));
}

/** The one unmasked name the contract gives: the viewer's own, for a letter they sign. */
export function getOwnName(ctx: SignedInContext): Reply<OwnName> {
  return reply({ name: ctx.viewer.name });
}

// ------------------------------------------------------------ 扣款顺序

function orderView(ctx: SignedInContext): DeductionOrderEntry[] {
  return sponsorsInOrder(ctx.state, ctx.viewer).map((link) =>
    deductionOrderEntry(ctx.state, link.relation, ctx.now),
  );
}

export function getDeductionOrder(ctx: SignedInContext): Reply<DeductionOrderEntry[]> {
  return reply(orderView(ctx));
}

// ------------------------------------------------------------ 结算预估

/** Up to ten million yuan, in fen: digits only, as the client sends an integer. */
const AMOUNT_PATTERN = /^[1-9]\d{0,9}$/;

/**
 * What a bill would cost the signed-in person's accounts today, split as a settlement would split
 * it. Only the parts are told, never what the sponsors' accounts hold.
 */
export function estimateBill(ctx: SignedInContext): Reply<BillEstimate> {
  const amountText = ctx.query.get('amountFen') ?? '';
  if (!AMOUNT_PATTERN.test(amountText)) {
    refuse(400, 'BAD_AMOUNT', '金额格式不正确，请输入大于 0 的金额，最多两位小数');
  }
  const category = oneOfText(ctx.query.get('category') ?? '', CATEGORY_CODES, '费用类别');
  requireSettleable(ctx.viewer);
  const bill = splitBill(ctx.state, ctx.viewer, Number(amountText), category, ctx.now);
  return reply(estimateView(bill, category));
}

export function setDeductionOrder(ctx: SignedInContext): Reply<DeductionOrderEntry[]> {
  const relationIds = readTextList(readBody(ctx.body), 'relationIds', '扣款顺序', {
    maxItems: 50,
    maxLength: 64,
  });
  const relations = activeRelationsOf(ctx.state, ctx.viewer.personId);
  const region = orderRegion(ctx.viewer, relations);
  if (region !== null && region.deductionOrder !== 'beneficiary-chosen') {
    refuse(409, 'ORDER_FIXED', `${region.appName}按余额从高到低扣款，不能手动调整`);
  }
  const isPermutation =
    relationIds.length === relations.length &&
    new Set(relationIds).size === relationIds.length &&
    relations.every((relation) => relationIds.includes(relation.id));
  if (!isPermutation) {
    refuse(400, 'ORDER_MISMATCH', '扣款顺序与当前的共济关系不一致，请刷新后重新设置');
  }
  relations.forEach((relation) => {
    relation.deductionRank = relationIds.indexOf(relation.id);
    relation.updatedAt = ctx.now;
  });
  return reply(orderView(ctx));
}

// ------------------------------------------------------------ 代缴居民医保

const PREMIUM_INSTITUTION = '城乡居民基本医疗保险个人缴费';

export function payPremium(ctx: SignedInContext): Reply<PremiumPayment> {
  const body = readBody(ctx.body);
  const relationId = readText(body, 'relationId', '共济关系', { max: 64 });
  const year = readInteger(body, 'year', '缴费年度', { min: 1900, max: 9999 });
  const key = readText(body, 'idempotencyKey', '请求编号', { max: 128, required: true });
  const fingerprint = JSON.stringify([relationId, year]);
  const state = ctx.state;
  const earlier = idempotent(ctx, 'premium', key, fingerprint);
  if (earlier !== null) {
    const payment = state.premiumPayments.find((candidate) => candidate.id === earlier);
    if (payment === undefined) {
      throw new Error(`idempotency record points at missing payment ${earlier}`);
    }
    return reply(premiumView(state, payment));
  }

  const relation = visibleRelation(ctx, relationId);
  const region = regionOfRelation(relation);
  if (roleOf(ctx, relation) !== 'sponsor') {
    refuse(403, 'SPONSOR_ONLY', `只有${region.terms.sponsor}可以用个人账户代缴`);
  }
  const sponsor = ctx.viewer;
  const beneficiary = personById(state, relation.beneficiaryId);
  const quote = unwrap(
    canPayPremium({
      sponsor: insuredOf(sponsor),
      beneficiary: insuredOf(beneficiary),
      year,
      paidYears: state.premiumPayments
        .filter((payment) => payment.beneficiaryId === beneficiary.personId)
        .map((payment) => payment.year),
      region,
      relationStatus: relation.status,
      today: ctx.today,
    }),
  );

  sponsor.balanceFen = quote.balanceAfterFen;
  const id = nextId(state, 'premium');
  state.premiumPayments.push({
    id,
    relationId: relation.id,
    payerId: sponsor.personId,
    beneficiaryId: beneficiary.personId,
    year,
    amountFen: quote.amountFen,
    paidAt: ctx.now,
    balanceAfterFen: quote.balanceAfterFen,
  });
  const common = {
    settlementId: id,
    at: ctx.now,
    institution: PREMIUM_INSTITUTION,
    category: 'resident-premium' as const,
    totalFen: quote.amountFen,
    patientId: beneficiary.personId,
    limitStopped: false,
  };
  // As with a hospital bill: the beneficiary sees a sponsor paid, the sponsor sees what left the account.
  recordUsage(state, {
    ...common,
    holderId: beneficiary.personId,
    paidByThisAccountFen: 0,
    source: 'sponsor',
    relationId: null,
  });
  recordUsage(state, {
    ...common,
    holderId: sponsor.personId,
    paidByThisAccountFen: quote.amountFen,
    source: 'sponsor',
    relationId: relation.id,
  });
  notifyPremium(
    state,
    {
      payerId: sponsor.personId,
      beneficiaryId: beneficiary.personId,
      relationId: relation.id,
      year,
      amountFen: quote.amountFen,
    },
    ctx.now,
  );
  rememberResult(ctx, 'premium', key, fingerprint, id);
  const payment = state.premiumPayments[state.premiumPayments.length - 1];
  return reply(premiumView(state, payment), 201);
}
