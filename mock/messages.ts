/**
 * 消息: what the platform pushes to a person, recorded per person as a real back end would keep
 * its notification log (read or not). Texts are written when the event happens, as a pushed
 * message is, and name people masked, as every screen does.
 */
import { formatYuan, maskName } from '@/domain';
import { personById, regionOfRelation } from './model';
import type { MessageRecord, MockState, RelationRecord } from './state';

/** The newest per person; older ones drop off, as a phone's notification list does. */
export const MESSAGES_PER_PERSON = 100;

type NewMessage = Omit<MessageRecord, 'id' | 'read'>;

export function pushMessage(state: MockState, message: NewMessage): void {
  state.seq += 1;
  state.messages.push({ ...message, id: `message-${state.seq}`, read: false });
  const own = state.messages.filter((candidate) => candidate.personId === message.personId);
  if (own.length > MESSAGES_PER_PERSON) {
    const dropped = new Set(own.slice(0, own.length - MESSAGES_PER_PERSON).map((candidate) => candidate.id));
    state.messages = state.messages.filter((candidate) => !dropped.has(candidate.id));
  }
}

const nameOf = (state: MockState, personId: string): string => maskName(personById(state, personId).name);

/** 审核 decided: the applicant hears the result (with the reason when refused), the relative when bound. */
export function notifyDecision(state: MockState, relation: RelationRecord, now: string): void {
  const terms = regionOfRelation(relation).terms;
  const beneficiary = nameOf(state, relation.beneficiaryId);
  if (relation.status === 'rejected') {
    pushMessage(state, {
      personId: relation.sponsorId,
      kind: 'review-rejected',
      at: now,
      title: '审核未通过',
      body: `您为${beneficiary}申请的${terms.relationshipAccount}未通过审核。原因：${relation.rejectReason ?? '未说明'}。可在“我的—办理事项”查看并重新申请。`,
      relationId: relation.id,
    });
    return;
  }
  pushMessage(state, {
    personId: relation.sponsorId,
    kind: 'review-approved',
    at: now,
    title: '审核通过',
    body: `您为${beneficiary}申请的${terms.relationshipAccount}已审核通过，现已生效。`,
    relationId: relation.id,
  });
  notifyBound(state, relation, now);
}

/** The relative learns that someone now shares their account with them. */
export function notifyBound(state: MockState, relation: RelationRecord, now: string): void {
  pushMessage(state, {
    personId: relation.beneficiaryId,
    kind: 'bound',
    at: now,
    title: '家庭共济已生效',
    body: `${nameOf(state, relation.sponsorId)}已与您建立家庭共济，您就医购药时可使用其个人账户支付。`,
    relationId: relation.id,
  });
}

/** The other side learns that a relation ended; the one who ended it needs no message. */
export function notifyUnbound(
  state: MockState,
  relation: RelationRecord,
  by: 'sponsor' | 'beneficiary',
  now: string,
): void {
  const other = by === 'sponsor' ? relation.beneficiaryId : relation.sponsorId;
  const actor = by === 'sponsor' ? relation.sponsorId : relation.beneficiaryId;
  pushMessage(state, {
    personId: other,
    kind: 'unbound',
    at: now,
    title: '家庭共济已解除',
    body: `${nameOf(state, actor)}解除了与您的家庭共济关系，此后不能再共用个人账户。`,
    relationId: relation.id,
  });
}

export function notifyPayment(
  state: MockState,
  payment: { sponsorId: string; patientId: string; relationId: string; fen: number; institution: string },
  now: string,
): void {
  pushMessage(state, {
    personId: payment.sponsorId,
    kind: 'payment-for-relative',
    at: now,
    title: '共济账户支付',
    body: `您的个人账户为${nameOf(state, payment.patientId)}在${payment.institution}支付了 ${formatYuan(payment.fen)} 元。`,
    relationId: payment.relationId,
  });
}

export function notifyPremium(
  state: MockState,
  premium: { payerId: string; beneficiaryId: string; relationId: string; year: number; amountFen: number },
  now: string,
): void {
  pushMessage(state, {
    personId: premium.beneficiaryId,
    kind: 'premium-paid',
    at: now,
    title: '居民医保已代缴',
    body: `${nameOf(state, premium.payerId)}已用个人账户为您缴纳${premium.year}年度居民医保 ${formatYuan(premium.amountFen)} 元。`,
    relationId: premium.relationId,
  });
}
