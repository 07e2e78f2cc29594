/** The signed-in person's own account: profile, deduction order, 代缴. */
import { canPayPremium, orderSponsors } from '@/domain';
import type { SponsorLink } from '@/domain';
import type { RegionProfile } from '@/regions';
import type { DeductionOrderEntry, Me, OwnName, PremiumPayment } from '@/services/contract';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, unwrap } from '../errors';
import { activeRelationsOf, insuredOf, nextId, personById, regionOfPerson, regionOfRelation } from '../model';
import { recordUsage } from '../ledger';
import { notifyPremium } from '../messages';
import { readBody, readInteger, readText, readTextList } from '../read';
import type { MockState, PersonRecord, RelationRecord } from '../state';
import { deductionOrderEntry, meView, premiumView } from '../views';
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

type RelationLink = SponsorLink & { relation: RelationRecord; sponsor: PersonRecord };

/** The region whose policy orders a beneficiary's sponsors: where they are insured. */
function orderRegion(beneficiary: PersonRecord, relations: readonly RelationRecord[]): RegionProfile | null {
  return regionOfPerson(beneficiary) ?? (relations.length > 0 ? regionOfRelation(relations[0]) : null);
}

/** The beneficiary's active relations in the order their sponsors' accounts pay. */
export function sponsorsInOrder(state: MockState, beneficiary: PersonRecord): RelationLink[] {
  const relations = activeRelationsOf(state, beneficiary.personId);
  const links = relations.map((relation): RelationLink => {
    const sponsor = personById(state, relation.sponsorId);
    return {
      relationId: relation.id,
      sponsorName: sponsor.name,
      balanceFen: sponsor.balanceFen,
      chosenRank: relation.deductionRank,
      relation,
      sponsor,
    };
  });
  const region = orderRegion(beneficiary, relations);
  return region === null ? links : orderSponsors(links, region);
}

function orderView(ctx: SignedInContext): DeductionOrderEntry[] {
  return sponsorsInOrder(ctx.state, ctx.viewer).map((link) =>
    deductionOrderEntry(ctx.state, link.relation, ctx.now),
  );
}

export function getDeductionOrder(ctx: SignedInContext): Reply<DeductionOrderEntry[]> {
  return reply(orderView(ctx));
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
