/** Shared set-up for the money pages: a fixed clock, a fresh money store, and relations made through the services. */
import Taro from '@tarojs/taro';
import * as services from '@/services';
import { useMoney } from '@/features/money';
import { pickedJpeg, signInAs as signInThroughSms, submitApplication } from '../../support/render';
import { cameraProof } from '../../support/face';

/** 10:00 in Beijing on Sunday 15 June 2025: the seed's records fall in June, May and April. */
export const TODAY = new Date('2025-06-15T02:00:00.000Z');

const initialMoney = useMoney.getState();

/**
 * Only Date is faked, so the page, dayjs and the back end agree on "now" while timers and
 * promises run as usual.
 */
export function freezeToday(): void {
  jest.useFakeTimers({
    now: TODAY,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/**
 * Signs in a minute after the last sign-in, as a person would: with the clock frozen, asking the
 * same phone for a second code at once would meet the SMS cooldown.
 */
export async function signInAs(phone: string): Promise<void> {
  jest.setSystemTime(Date.now() + 61_000);
  await signInThroughSms(phone);
}

export function resetMoney(): void {
  useMoney.setState(initialMoney, true);
}

/** What the build does before any page renders (config/index.ts: drawn at 375, 2 rpx per px). */
export function initPxTransformAsBuilt(): void {
  Taro.initPxTransform({ designWidth: 375, deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 } });
}

export const PHONE = {
  陈建国: '13800000001',
  周玉兰: '13800000002',
  林美华: '13800000003',
  李卫东: '13900000001',
  李长海: '13900000002',
  周建军: '13900000003',
} as const;
export const ID = {
  周玉兰: '440106194506103028',
  林美华: '440106197208222049',
  陈建国: '440106197003151232',
  李长海: '410105194002091017',
  王大力: '410102195505053114',
} as const;

/** 陈建国 applies for his mother and QA approves it; he stays signed in. */
export async function sonSharesWithMother(): Promise<services.RelationView> {
  await signInAs(PHONE.陈建国);
  const relation = await submitApplication('周玉兰', ID.周玉兰, 'parent');
  return services.qa.review({ relationId: relation.id, approve: true });
}

/**
 * 周玉兰 with two active sponsors: her son, and 林美华, whose claim the registers do not back (a
 * 婆婆 is not close kin) but QA approves, as a reviewer's word stands. Ends signed in as 周玉兰.
 */
export async function motherWithTwoSponsors(): Promise<{
  fromSon: services.RelationView;
  fromWife: services.RelationView;
}> {
  const fromSon = await sonSharesWithMother();
  await signInAs(PHONE.林美华);
  const claim = await submitApplication('周玉兰', ID.周玉兰, 'parent');
  const fromWife = await services.qa.review({ relationId: claim.id, approve: true });
  await signInAs(PHONE.周玉兰);
  return { fromSon, fromWife };
}

/** A hospital bill for 周玉兰 settled through the QA endpoint, as the hospital's system would. */
export function billMother(amountFen: number, institution = '广州市第一人民医院') {
  return services.qa.settle({ idNumber: ID.周玉兰, amountFen, institution, category: 'outpatient' });
}

/** The scroll area around a list, as the person's finger moves it. */
function scrollArea(list: HTMLElement): HTMLElement {
  const area = list.closest('taro-scroll-view-core');
  if (!(area instanceof HTMLElement)) throw new Error('the list is not inside a scroll area');
  return area;
}

/** The platform reports a scroll: where the area is now and how tall its content is. */
export function scrollListTo(list: HTMLElement, scrollTop: number, scrollHeight: number): void {
  scrollArea(list).dispatchEvent(
    new CustomEvent('scroll', { detail: { scrollTop, scrollHeight, scrollLeft: 0, scrollWidth: 390 } }),
  );
}

/** The platform reports that the person has scrolled near the end of the list. */
export function reachListEnd(list: HTMLElement): void {
  scrollArea(list).dispatchEvent(new CustomEvent('scrolltolower', { detail: { direction: 'bottom' } }));
}

/** 李卫东 builds his 河南医保 family, adds his father 李长海 and binds him; ends signed in as 李长海. */
export async function henanFatherBound(): Promise<services.RelationView> {
  await signInAs(PHONE.李卫东);
  await services.createHousehold();
  const { verificationId } = await services.verifyFace(cameraProof('李长海', ID.李长海));
  const member = await services.addHouseholdMember({
    name: '李长海',
    idNumber: ID.李长海,
    relationship: 'parent',
    verificationId,
  });
  const photo = pickedJpeg('signature');
  const signature = await services.uploadMaterial('commitment-signature', {
    filePath: photo.path,
    size: photo.size,
    file: photo.originalFileObj,
  });
  const relation = await services.bindRelative({
    memberId: member.id,
    materialIds: [signature.materialId],
    consentVersion: 'test',
    idempotencyKey: 'henan-father',
  });
  await signInAs(PHONE.李长海);
  return relation;
}
