/**
 * The seed: exactly the personas of DESIGN.md, the kinship the platform knows from household
 * registers, and a few months of settlements so usage records and the deduction order have
 * something real to show. The balances of the table are today's balances: the seeded
 * settlements are history that led to them.
 */
import { inverseRelationship, type InsuranceType, type InsuredStatus, type RelationshipCode } from '@/domain';
import type { KinshipOnRecord, Persona } from '@/services/contract';
import { subtractDays } from './clock';
import type {
  HouseholdRecord,
  MockState,
  PersonRecord,
  RelationRecord,
  SettlementRecord,
  UsageRecordState,
} from './state';
import { STATE_VERSION } from './state';

type PersonaRow = Persona & { contributionMonths: number };

function row(
  personId: string,
  name: string,
  idNumber: string,
  phone: string | null,
  insuranceType: InsuranceType,
  provinceCode: string,
  status: InsuredStatus,
  balanceFen: number,
  contributionMonths: number,
  roleInStory: string,
): PersonaRow {
  return {
    personId,
    name,
    idNumber,
    phone,
    insuranceType,
    status,
    provinceCode,
    balanceFen,
    contributionMonths,
    roleInStory,
  };
}

/** DESIGN.md § Seed personas, in its order. 王秀英 is not insured: no 参保地, status as a default. */
// prettier-ignore
export const PERSONAS: readonly PersonaRow[] = Object.freeze([
  row('person-01', '陈建国', '440106197003151232', '13800000001', 'employee', '44', 'active', 500000, 312, '授权人（粤医保），可为亲属办理亲情账号'),
  row('person-02', '林美华', '440106197208222049', '13800000003', 'employee', '44', 'active', 300000, 288, '陈建国的配偶，也可作为授权人'),
  row('person-03', '周玉兰', '440106194506103028', '13800000002', 'resident', '44', 'active', 0, 156, '陈建国的母亲：可以绑定'),
  row('person-04', '陈小明', '440106201609010011', null, 'resident', '44', 'active', 0, 120, '陈建国的儿子，未满16周岁：无需人脸验证'),
  row('person-05', '陈建华', '440106197505200030', null, 'resident', '44', 'active', 0, 144, '陈建国的弟弟：兄弟姐妹不在粤医保范围内'),
  row('person-06', '黄桂芳', '440106194812034067', null, 'resident', '44', 'active', 0, 156, '陈建国配偶的母亲：不是近亲属，审核不通过'),
  row('person-07', '陈晓燕', '440106199605180021', null, 'employee', '41', 'active', 60000, 60, '陈建国的女儿，广州出生、在河南参保：跨省，不能绑定'),
  row('person-08', '张志强', '440305196507075552', null, 'resident', '44', 'suspended', 0, 96, '暂停参保：不能绑定'),
  row('person-09', '王秀英', '440106196001010087', null, 'none', '', 'active', 0, 0, '未参保：不能绑定'),
  row('person-10', '李卫东', '410105196804182112', '13900000001', 'employee', '41', 'active', 200000, 336, '共济人（河南医保），尚未建立家庭'),
  row('person-11', '李长海', '410105194002091017', '13900000002', 'resident', '41', 'active', 0, 156, '李卫东的父亲：可以绑定'),
  row('person-12', '赵丽', '410105197006121221', null, 'employee', '41', 'active', 120000, 300, '李卫东的配偶'),
  row('person-13', '李娜', '410105197203301424', null, 'resident', '41', 'active', 0, 132, '李卫东的妹妹：近亲属，河南可以绑定'),
  row('person-14', '孙桂香', '410105194308151625', null, 'resident', '41', 'active', 0, 156, '李卫东的祖母：河南可以绑定'),
  row('person-15', '王大力', '410102195505053114', null, 'resident', '41', 'active', 0, 156, '已由周建军共济：河南一人只能由一名职工共济，其他人绑定被拒绝'),
  row('person-16', '周建军', '410105196601011719', '13900000003', 'employee', '41', 'active', 80000, 348, '另一位共济人，已为王大力共济'),
]);

function idOf(name: string): string {
  const persona = PERSONAS.find((candidate) => candidate.name === name);
  if (persona === undefined) {
    throw new Error(`seed: no persona called ${name}`);
  }
  return persona.idNumber;
}

/** [a, b, what b is to a]; the reverse direction is derived. */
type KinshipFact = readonly [string, string, RelationshipCode];

/**
 * The household registers the platform holds. 孙桂香 is recorded as 李卫东's and 李娜's 祖母
 * (继祖母: her birth date rules her out as 李长海's mother, so no parent link is recorded for
 * her). 王大力 is 周建军's elder half-brother (同母异父), which is why the surnames differ.
 */
const FACTS_BY_NAME: readonly KinshipFact[] = [
  ['陈建国', '周玉兰', 'parent'],
  ['陈建华', '周玉兰', 'parent'],
  ['陈建国', '陈建华', 'sibling'],
  ['陈建国', '林美华', 'spouse'],
  ['陈建国', '陈小明', 'child'],
  ['陈建国', '陈晓燕', 'child'],
  ['林美华', '陈小明', 'child'],
  ['林美华', '陈晓燕', 'child'],
  ['陈小明', '陈晓燕', 'sibling'],
  ['林美华', '黄桂芳', 'parent'],
  ['陈小明', '周玉兰', 'grandparent'],
  ['陈晓燕', '周玉兰', 'grandparent'],
  ['陈小明', '黄桂芳', 'maternal-grandparent'],
  ['陈晓燕', '黄桂芳', 'maternal-grandparent'],
  ['李卫东', '李长海', 'parent'],
  ['李娜', '李长海', 'parent'],
  ['李卫东', '李娜', 'sibling'],
  ['李卫东', '赵丽', 'spouse'],
  ['李卫东', '孙桂香', 'grandparent'],
  ['李娜', '孙桂香', 'grandparent'],
  ['周建军', '王大力', 'sibling'],
];

const FACTS: readonly KinshipFact[] = FACTS_BY_NAME.map(([a, b, relationship]): KinshipFact => [
  idOf(a),
  idOf(b),
  relationship,
]);

/** People on the same household registers: any pair among them without a fact is not close kin. */
const FAMILIES: readonly (readonly string[])[] = [
  ['陈建国', '林美华', '周玉兰', '陈小明', '陈建华', '黄桂芳', '陈晓燕'],
  ['李卫东', '李长海', '赵丽', '李娜', '孙桂香'],
  ['周建军', '王大力'],
].map((names) => names.map(idOf));

/**
 * What `beneficiaryIdNumber` is to `sponsorIdNumber` according to the registers: a relationship,
 * 'not-close-relative' when both are on the registers with no close tie (a spouse's parent), or
 * null when the platform has no record linking them — review then decides.
 */
export function kinshipOnRecord(sponsorIdNumber: string, beneficiaryIdNumber: string): KinshipOnRecord {
  for (const [a, b, relationship] of FACTS) {
    if (a === sponsorIdNumber && b === beneficiaryIdNumber) {
      return relationship;
    }
    if (b === sponsorIdNumber && a === beneficiaryIdNumber) {
      return inverseRelationship(relationship);
    }
  }
  const sameFamily = FAMILIES.some(
    (family) => family.includes(sponsorIdNumber) && family.includes(beneficiaryIdNumber),
  );
  return sameFamily ? 'not-close-relative' : null;
}

/** True when the registers say the claimed relationship is wrong. */
export function contradictsKinship(
  sponsorIdNumber: string,
  beneficiaryIdNumber: string,
  claimed: RelationshipCode,
): boolean {
  const onRecord = kinshipOnRecord(sponsorIdNumber, beneficiaryIdNumber);
  return onRecord !== null && onRecord !== claimed;
}

/** The reason review gives for a claim the registers contradict (DESIGN.md). */
export const KINSHIP_MISMATCH_REASON = '关系与户籍信息不符';

interface SeedSettlement {
  daysAgo: number;
  patient: string;
  institution: string;
  category: 'outpatient' | 'pharmacy';
  amountFen: number;
  /** Who paid: the patient's own account, 周建军 through the seeded relation, or cash. */
  payer: 'own' | 'relation' | 'cash';
}

const SEED_RELATION_ID = 'relation-seed-1';

// prettier-ignore
const SETTLEMENTS: readonly SeedSettlement[] = [
  { daysAgo: 83, patient: '张志强', institution: '深圳市福田区人民医院', category: 'outpatient', amountFen: 8800, payer: 'cash' },
  { daysAgo: 76, patient: '王大力', institution: '郑州大学第一附属医院', category: 'outpatient', amountFen: 15000, payer: 'relation' },
  { daysAgo: 71, patient: '陈建国', institution: '老百姓大药房（越秀店）', category: 'pharmacy', amountFen: 4200, payer: 'own' },
  { daysAgo: 64, patient: '孙桂香', institution: '郑州市金水区总医院', category: 'outpatient', amountFen: 9600, payer: 'cash' },
  { daysAgo: 58, patient: '林美华', institution: '大参林药店（体育西店）', category: 'pharmacy', amountFen: 6580, payer: 'own' },
  { daysAgo: 55, patient: '黄桂芳', institution: '海王星辰药房（天河店）', category: 'pharmacy', amountFen: 3900, payer: 'cash' },
  { daysAgo: 50, patient: '李卫东', institution: '张仲景大药房（金水店）', category: 'pharmacy', amountFen: 2800, payer: 'own' },
  { daysAgo: 43, patient: '王大力', institution: '张仲景大药房（二七店）', category: 'pharmacy', amountFen: 7600, payer: 'relation' },
  { daysAgo: 40, patient: '陈小明', institution: '广州市妇女儿童医疗中心', category: 'outpatient', amountFen: 12000, payer: 'cash' },
  { daysAgo: 35, patient: '赵丽', institution: '郑州市第一人民医院', category: 'outpatient', amountFen: 4560, payer: 'own' },
  { daysAgo: 33, patient: '陈建国', institution: '广州市第一人民医院', category: 'outpatient', amountFen: 23500, payer: 'own' },
  { daysAgo: 28, patient: '陈建华', institution: '广州市红十字会医院', category: 'outpatient', amountFen: 5200, payer: 'cash' },
  { daysAgo: 26, patient: '陈晓燕', institution: '郑州市大参林药房（花园路店）', category: 'pharmacy', amountFen: 3200, payer: 'own' },
  { daysAgo: 22, patient: '李娜', institution: '河南省中医院', category: 'outpatient', amountFen: 6500, payer: 'cash' },
  { daysAgo: 20, patient: '周建军', institution: '张仲景大药房（金水店）', category: 'pharmacy', amountFen: 3800, payer: 'own' },
  { daysAgo: 18, patient: '李长海', institution: '郑州市第七人民医院', category: 'outpatient', amountFen: 21000, payer: 'cash' },
  { daysAgo: 15, patient: '周玉兰', institution: '天河区石牌街社区卫生服务中心', category: 'outpatient', amountFen: 4800, payer: 'cash' },
  { daysAgo: 12, patient: '林美华', institution: '中山大学附属第三医院', category: 'outpatient', amountFen: 18000, payer: 'own' },
  { daysAgo: 9, patient: '李卫东', institution: '河南省人民医院', category: 'outpatient', amountFen: 15600, payer: 'own' },
  { daysAgo: 7, patient: '王大力', institution: '郑州大学第一附属医院', category: 'outpatient', amountFen: 30000, payer: 'relation' },
  { daysAgo: 5, patient: '陈建国', institution: '大参林药店（天河店）', category: 'pharmacy', amountFen: 8650, payer: 'own' },
];

function personIdOf(name: string): string {
  const persona = PERSONAS.find((candidate) => candidate.name === name);
  if (persona === undefined) {
    throw new Error(`seed: no persona called ${name}`);
  }
  return persona.personId;
}

/** Who a persona is and how they are insured, as both the seed and the QA persona list give it. */
export function identityOf(persona: PersonaRow) {
  const { personId, name, idNumber, phone, insuranceType, status, provinceCode } = persona;
  return { personId, name, idNumber, phone, insuranceType, status, provinceCode };
}

/** A fresh seed state whose history ends at `now`. */
export function createSeedState(now: string): MockState {
  const persons: PersonRecord[] = PERSONAS.map((persona) => ({
    ...identityOf(persona),
    balanceFen: persona.balanceFen,
    contributionMonths: persona.contributionMonths,
  }));

  const sponsorId = personIdOf('周建军');
  const beneficiaryId = personIdOf('王大力');
  const boundAt = subtractDays(now, 240);
  const relation: RelationRecord = {
    id: SEED_RELATION_ID,
    regionId: 'henan',
    sponsorId,
    beneficiaryId,
    relationship: 'sibling',
    status: 'active',
    rejectReason: null,
    createdAt: boundAt,
    updatedAt: boundAt,
    history: [{ status: 'active', at: boundAt, note: '绑定成功，即时生效' }],
    monthlyLimitFen: null,
    deductionRank: null,
    materialIds: [],
    verificationId: null,
    consentVersion: 'henan-2023',
  };
  const household: HouseholdRecord = {
    id: 'household-seed-1',
    ownerId: sponsorId,
    createdAt: subtractDays(now, 241),
    members: [
      {
        id: 'member-seed-1',
        personId: beneficiaryId,
        relationship: 'sibling',
        addedAt: subtractDays(now, 241),
      },
    ],
  };

  // Walk the history newest first so each payment's "balance after" ends at today's balance.
  const balanceAfter = new Map<string, number>(persons.map((p) => [p.personId, p.balanceFen]));
  const settlements: SettlementRecord[] = [];
  const usage: UsageRecordState[] = [];
  const newestFirst = [...SETTLEMENTS].sort((a, b) => a.daysAgo - b.daysAgo);
  newestFirst.forEach((spec, index) => {
    const id = `settlement-seed-${SETTLEMENTS.length - index}`;
    const at = subtractDays(now, spec.daysAgo);
    const patientId = personIdOf(spec.patient);
    const own = spec.payer === 'own' ? spec.amountFen : 0;
    const viaRelation = spec.payer === 'relation' ? spec.amountFen : 0;
    const sponsorBalanceAfter = balanceAfter.get(sponsorId) ?? 0;
    settlements.push({
      id,
      at,
      patientId,
      institution: spec.institution,
      category: spec.category,
      amountFen: spec.amountFen,
      own,
      fromSponsors:
        viaRelation > 0
          ? [
              {
                relationId: SEED_RELATION_ID,
                sponsorId,
                fen: viaRelation,
                balanceAfterFen: sponsorBalanceAfter,
              },
            ]
          : [],
      cash: spec.amountFen - own - viaRelation,
      limitStoppedRelationIds: [],
    });
    if (own > 0) {
      balanceAfter.set(patientId, (balanceAfter.get(patientId) ?? 0) + own);
    }
    if (viaRelation > 0) {
      balanceAfter.set(sponsorId, sponsorBalanceAfter + viaRelation);
    }
    const seq = (SETTLEMENTS.length - index) * 2;
    const common = {
      settlementId: id,
      at,
      institution: spec.institution,
      category: spec.category,
      totalFen: spec.amountFen,
      patientId,
      limitStopped: false,
    };
    usage.push({
      ...common,
      id: `usage-seed-${seq}`,
      seq,
      holderId: patientId,
      paidByThisAccountFen: own,
      source: spec.payer === 'own' ? 'own' : spec.payer === 'relation' ? 'sponsor' : 'cash',
      relationId: null,
    });
    if (viaRelation > 0) {
      usage.push({
        ...common,
        id: `usage-seed-${seq + 1}`,
        seq: seq + 1,
        holderId: sponsorId,
        paidByThisAccountFen: viaRelation,
        source: 'sponsor',
        relationId: SEED_RELATION_ID,
      });
    }
  });

  return {
    version: STATE_VERSION,
    // 关闭, the demo's default: QA decides, so the queue holds what was submitted.
    review: { mode: 'manual', delaySeconds: null },
    seq: 1000,
    persons,
    sessions: [],
    verifications: [],
    materials: [],
    relations: [relation],
    households: [household],
    settlements: settlements.reverse(),
    usage: usage.reverse(),
    premiumPayments: [],
    idempotency: [],
    cardCodes: [],
    messages: [],
  };
}
