/**
 * The HTTP contract of the family-sharing back end (DESIGN.md § HTTP contract): what each
 * endpoint takes and returns, on the wire. Money is integer fen, times are ISO 8601 strings.
 *
 * PII minimisation: no response carries a full ID number or a full phone number, not even the
 * signed-in person's own; names are masked (陈*国), except the signer's own name in
 * GET /api/me/name for the letters they sign. Only the QA endpoints under /api/_mock, which
 * exist in the mock back end alone, return full details.
 */
import type {
  ExpenseCategory,
  InsuranceType,
  InsuredStatus,
  RelationshipCode,
  RelationStatus,
  Sex,
} from '@/domain';
import type { MaterialKind } from '@/regions/materials';

/** Every refusal and failure, whatever the status. `message` is plain Chinese for the person. */
export interface ApiError {
  code: string;
  message: string;
}

/** Endpoints that take nothing. */
export type EmptyRequest = Record<string, never>;

export interface OkResponse {
  ok: true;
}

// ---------------------------------------------------------------- people

export interface PersonSummary {
  /** Opaque; not derived from the ID number. */
  personId: string;
  maskedName: string;
  maskedIdNumber: string;
  maskedPhone: string | null;
  insuranceType: InsuranceType;
  status: InsuredStatus;
  /** 参保地 province code; '' when not insured. */
  provinceCode: string;
}

/**
 * The signed-in person's own full name, for a letter they sign on their own device. Asked for
 * only where it is printed and kept in memory, never in storage (docs/security.md).
 */
export interface OwnName {
  name: string;
}

export type Me = PersonSummary & {
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  balanceFen: number;
  /** 累计缴费月数 */
  contributionMonths: number;
  /** What this account paid for relatives this calendar year (Beijing time). */
  sharedThisYearFen: number;
  /** 消息 not yet read, for the badge on 我的. */
  unreadMessageCount: number;
  /** The region profile of the 参保地; null where the app is not offered. */
  regionId: string | null;
};

// ---------------------------------------------------------------- auth

export interface SmsCodeRequest {
  phone: string;
}

export interface SmsCodeResponse {
  cooldownSeconds: number;
}

export interface LoginRequest {
  phone: string;
  code: string;
}

/** WeChat: the wx.login code and the phone code from the 手机号快速验证 button, exchanged server-side. */
export interface WechatLoginRequest {
  loginCode: string;
  phoneCode: string;
}

/** Alipay: my.getAuthCode's code and my.getPhoneNumber's encrypted `response`, exchanged server-side. */
export interface AlipayLoginRequest {
  authCode: string;
  phoneResponse: string;
}

export interface LoginResponse {
  token: string;
  sponsor: Me;
}

// ---------------------------------------------------------------- relations

export interface RelationHistoryEntry {
  status: RelationStatus;
  at: string;
  note: string | null;
}

export interface RelationView {
  id: string;
  regionId: string;
  sponsor: PersonSummary;
  beneficiary: PersonSummary;
  relationship: RelationshipCode;
  status: RelationStatus;
  rejectReason: string | null;
  /** Which side of the relation the signed-in person is on. */
  viewerRole: 'sponsor' | 'beneficiary';
  createdAt: string;
  updatedAt: string;
  /** Oldest first. */
  history: RelationHistoryEntry[];
  /** The most this relation may pay per calendar month; null = up to the balance. */
  monthlyLimitFen: number | null;
  /** Position in the beneficiary's deduction order (0 = 主卡); null when never chosen. */
  deductionRank: number | null;
  materialIds: string[];
  /**
   * While pending under an automatic review: when it decides. Absent when a reviewer decides, who
   * gives no time beyond the platform's promise (about one working day).
   */
  reviewDueAt?: string;
}

export type RelationRole = 'sponsor' | 'beneficiary';

/** `role` absent: both sides. */
export interface ListRelationsQuery {
  role?: RelationRole;
}

/**
 * 'bind' (the default): may this relative be bound. 'member' (河南医保): may they join the family
 * (添加家庭成员); whether they can also be bound is asked when binding them.
 */
export type EligibilityPurpose = 'bind' | 'member';

export interface EligibilityRequest {
  name: string;
  idNumber: string;
  relationship: RelationshipCode;
  purpose?: EligibilityPurpose;
}

/** When the relative may be bound; otherwise the refusal a bind would get, as an ApiError. */
export interface EligibilityResponse {
  needsFaceVerification: boolean;
}

/** The person whose face is checked: the relative being added. */
export interface FaceSubjectRequest {
  name: string;
  idNumber: string;
}

/**
 * What the platform's face verification produced, for the back end to check with the platform:
 * WeChat's verifyResult, the certifyId of an Alipay verification the back end started, or on H5
 * a frame from the camera for the back end's liveness check. Never a bare "passed".
 */
export type FaceVerificationRequest =
  | (FaceSubjectRequest & { method: 'wechat'; verifyResult: string })
  | { method: 'alipay'; certifyId: string }
  | (FaceSubjectRequest & { method: 'camera'; imageBase64: string });

/** An Alipay face verification the back end has started (alipay.user.certify.open.initialize). */
export interface FaceCertificationResponse {
  certifyId: string;
  /** The address Alipay's verification opens (alipay.user.certify.open.certify). */
  url: string;
  expiresAt: string;
}

export interface FaceVerificationResponse {
  /** Single use, for this ID number, by the person who asked for it. */
  verificationId: string;
  expiresAt: string;
}

export interface BindRequest {
  name: string;
  idNumber: string;
  relationship: RelationshipCode;
  phone?: string;
  materialIds: string[];
  /** Required when the relative is 16 or older, where binding checks the face (粤医保). */
  verificationId?: string;
  /** Version of the 温馨提示 / 承诺书 text the sponsor accepted. */
  consentVersion: string;
  /** The same key from the same person returns the first result. */
  idempotencyKey: string;
}

/**
 * 河南医保: binds a member of the caller's own family by its id. The back end takes the member's
 * name, ID number and relationship from its family record, so the client, which only ever sees
 * them masked, never has to hold them; the face check was part of adding the member.
 */
export interface BindMemberRequest {
  memberId: string;
  /** The uploaded signature of the 个人承诺书. */
  materialIds: string[];
  /** Version of the 个人承诺书 text the 共济人 signed. */
  consentVersion: string;
  idempotencyKey: string;
}

export interface SetLimitRequest {
  /** Integer ≥ 0, or null for no limit. */
  monthlyLimitFen: number | null;
}

/**
 * The beneficiary's sponsors in the order their accounts pay, with what each may still pay this
 * month; never what a sponsor's account holds, which is the sponsor's own business.
 */
export type DeductionOrderEntry = RelationView & {
  /** What this relation may still pay this Beijing month under the sponsor's limit; null = no limit. */
  remainingLimitFen: number | null;
};

export interface EstimateQuery {
  /** The personal-burden part of a bill, in fen. */
  amountFen: number;
  category: ExpenseCategory;
}

export interface EstimateSponsorPart {
  relationId: string;
  sponsor: PersonSummary;
  fen: number;
  /** The sponsor's monthly limit, not the balance or the bill, stopped this account paying more. */
  limitStopped: boolean;
}

/**
 * What a bill would cost each account today, split by the back end as a settlement would be, so a
 * beneficiary learns what she would pay without learning what her sponsors' accounts hold.
 */
export interface BillEstimate {
  /** From the patient's own personal account. */
  own: number;
  sponsors: EstimateSponsorPart[];
  cash: number;
  /** False for goods personal-account money may not pay for: everything is cash. */
  payable: boolean;
}

export interface SetDeductionOrderRequest {
  /** Every active relation in which the signed-in person is the beneficiary, 主卡 first. */
  relationIds: string[];
}

// ---------------------------------------------------------------- household (河南)

export type HouseholdMemberState = 'unbound' | 'bound' | 'bound-elsewhere';

export interface HouseholdMember {
  id: string;
  person: PersonSummary;
  /** The member's relationship to the owner. */
  relationship: RelationshipCode;
  state: HouseholdMemberState;
  /** The active relation with the owner, when `bound`. */
  relationId: string | null;
  addedAt: string;
}

export interface Household {
  id: string;
  owner: PersonSummary;
  members: HouseholdMember[];
  createdAt: string;
  viewerRole: 'owner' | 'member';
}

export interface AddMemberRequest {
  name: string;
  idNumber: string;
  relationship: RelationshipCode;
  phone?: string;
  /** Required when the member is 16 or older: 河南医保 checks the face when someone joins the family. */
  verificationId?: string;
}

export interface LeaveHouseholdResponse {
  householdId: string;
  /** The relation that ended with leaving, if there was one. */
  unboundRelationId: string | null;
}

// ---------------------------------------------------------------- usage and money

export type UsageSource = 'own' | 'sponsor' | 'cash';

/**
 * One settlement as one account holder sees it. The patient always gets one (source: what paid
 * first — their own account, a sponsor, or cash only); every sponsor whose account paid gets one
 * with the relation it paid through.
 */
export interface UsageRecord {
  id: string;
  settlementId: string;
  at: string;
  institution: string;
  category: ExpenseCategory;
  totalFen: number;
  paidByThisAccountFen: number;
  patient: PersonSummary;
  source: UsageSource;
  relationId: string | null;
  /** A monthly limit stopped this account (or, on the patient's record, any sponsor's) paying more. */
  limitStopped: boolean;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A page of usage records, and with `month` what this account paid in that month. */
export interface UsagePage extends Page<UsageRecord> {
  /**
   * With `month`: the sum of `paidByThisAccountFen` over every record of the query in that month,
   * on every page, not only this one; null without `month`.
   */
  monthTotalFen: number | null;
}

export interface UsageQuery {
  /** YYYY-MM (Beijing time); absent = every month. */
  month?: string;
  cursor?: string;
}

/** One month of an account's spending: for the holder themself and for each relation. */
export interface UsageMonth {
  /** YYYY-MM, Beijing. */
  month: string;
  /** What this account paid in the month: the same figure as the month's `monthTotalFen`. */
  totalFen: number;
  /** What it paid for the holder's own bills. */
  ownFen: number;
  /** What it paid through each relation, in the order of `UsageMonths.relations`. */
  relationFen: number[];
}

/** The last twelve months of what an account paid, for a chart beside 使用记录. */
export interface UsageMonths {
  /** The relatives this account paid for in those months. */
  relations: { relationId: string; person: PersonSummary }[];
  /** Oldest first, ending with the current month. */
  months: UsageMonth[];
}

export interface SettlementSponsorPart {
  relationId: string;
  sponsor: PersonSummary;
  fen: number;
  balanceAfterFen: number;
}

export interface Settlement {
  id: string;
  at: string;
  patient: PersonSummary;
  institution: string;
  category: ExpenseCategory;
  amountFen: number;
  /** Paid from the patient's own personal account. */
  own: number;
  fromSponsors: SettlementSponsorPart[];
  cash: number;
  limitStoppedRelationIds: string[];
}

export interface PremiumPaymentRequest {
  relationId: string;
  year: number;
  idempotencyKey: string;
}

export interface PremiumPayment {
  id: string;
  /** The 凭证号 as printed and read out: digits in groups of four. */
  receiptNumber: string;
  relationId: string;
  beneficiary: PersonSummary;
  year: number;
  amountFen: number;
  paidAt: string;
  balanceAfterFen: number;
}

// ---------------------------------------------------------------- 医保电子凭证

/** A 医保码: signed by the back end, valid for one settlement until `expiresAt`. */
export interface CardCode {
  /** What the QR code carries, also printed under it; holds no ID number, name or phone. */
  code: string;
  issuedAt: string;
  expiresAt: string;
}

/** A bill paid with the person's 医保码, as the patient sees it: who paid what. */
export interface CardPayment {
  settlementId: string;
  at: string;
  institution: string;
  category: ExpenseCategory;
  amountFen: number;
  /** From the patient's own personal account. */
  ownFen: number;
  /** Each sponsor's account, in the order they paid. */
  fromSponsors: { maskedName: string; fen: number }[];
  cashFen: number;
}

/** A pharmacy's scan: the code's text and the bill. */
export interface SettleByCodeRequest {
  code: string;
  amountFen: number;
  institution: string;
  category: ExpenseCategory;
}

// ---------------------------------------------------------------- 消息

export type MessageKind =
  'review-approved' | 'review-rejected' | 'bound' | 'unbound' | 'payment-for-relative' | 'premium-paid';

export interface Message {
  id: string;
  kind: MessageKind;
  at: string;
  title: string;
  /** Written when it happened, as a pushed message is; people in it are masked. */
  body: string;
  read: boolean;
}

export interface MessageList {
  /** Newest first; the newest 100 are kept. */
  messages: Message[];
  unreadCount: number;
}

export interface MarkMessagesReadRequest {
  messageIds: string[];
}

export interface MessagesRead {
  unreadCount: number;
}

// ---------------------------------------------------------------- uploads

export type MaterialMimeType = 'image/jpeg' | 'image/png';

export interface Material {
  materialId: string;
  kind: MaterialKind;
  mimeType: MaterialMimeType;
  size: number;
}

/**
 * The in-process form of an upload. Over HTTP it is multipart/form-data with the fields `file`
 * (the image) and `kind`, as Taro.uploadFile sends it; the server parses it into this shape.
 */
export interface UploadRequest {
  kind: MaterialKind;
  fileName: string;
  mimeType: string;
  /** Bytes. */
  size: number;
  dataBase64?: string;
}

// ---------------------------------------------------------------- QA (mock back end only)

export interface MockFaults {
  /** 0..1, the share of requests answered 503. */
  failureRate: number;
  /** Each request waits a random time in [min, max] milliseconds. */
  latencyMs: [number, number];
}

/** What the platform's household records say about a pending claim, to help QA decide. */
export type KinshipOnRecord = RelationshipCode | 'not-close-relative' | null;

export type PendingReview = RelationView & { kinshipOnRecord: KinshipOnRecord };

export interface ReviewRequest {
  relationId: string;
  approve: boolean;
  /** Shown to the sponsor when refused. */
  reason?: string;
}

/**
 * How the mock platform reviews: `manual` (关闭) waits for QA; `after-delay` decides by itself
 * `delaySeconds` after submission; `next-working-day` at the same Beijing time on the next working
 * day (weekends skipped; public holidays are not modelled). `delaySeconds` is null unless `after-delay`.
 */
export interface ReviewSetting {
  mode: ReviewMode;
  delaySeconds: number | null;
}

export type ReviewMode = 'manual' | 'after-delay' | 'next-working-day';

export interface SettleRequest {
  idNumber: string;
  amountFen: number;
  institution: string;
  category: ExpenseCategory;
}

/** An uploaded material as QA's review sees it: the stored preview, when the upload was small enough. */
export interface MaterialPreview {
  materialId: string;
  kind: MaterialKind;
  mimeType: MaterialMimeType;
  size: number;
  /** Null for images over 200 KB and for all but the newest eight uploads (storage is small). */
  previewBase64: string | null;
}

export interface Persona {
  personId: string;
  name: string;
  idNumber: string;
  phone: string | null;
  insuranceType: InsuranceType;
  status: InsuredStatus;
  provinceCode: string;
  balanceFen: number;
  roleInStory: string;
}

/** The whole mock state, as exported and imported by the QA console. */
export interface MockStateDocument {
  version: number;
  [part: string]: unknown;
}

// ---------------------------------------------------------------- the map

export interface Endpoints {
  'POST /api/auth/sms-code': { request: SmsCodeRequest; response: SmsCodeResponse };
  'POST /api/auth/login': { request: LoginRequest; response: LoginResponse };
  'POST /api/auth/wechat': { request: WechatLoginRequest; response: LoginResponse };
  'POST /api/auth/alipay': { request: AlipayLoginRequest; response: LoginResponse };
  'POST /api/auth/logout': { request: EmptyRequest; response: OkResponse };
  'GET /api/me': { request: EmptyRequest; response: Me };
  'GET /api/me/name': { request: EmptyRequest; response: OwnName };
  'GET /api/account/usage': { request: UsageQuery; response: UsagePage };
  'GET /api/account/usage-months': { request: EmptyRequest; response: UsageMonths };
  'GET /api/family/relations': { request: ListRelationsQuery; response: RelationView[] };
  'GET /api/family/relations/:id': { request: EmptyRequest; response: RelationView };
  'POST /api/family/eligibility': { request: EligibilityRequest; response: EligibilityResponse };
  'POST /api/verify/face/certification': { request: FaceSubjectRequest; response: FaceCertificationResponse };
  'POST /api/verify/face': { request: FaceVerificationRequest; response: FaceVerificationResponse };
  'POST /api/uploads': { request: UploadRequest; response: Material };
  'POST /api/family/relations': { request: BindRequest | BindMemberRequest; response: RelationView };
  'DELETE /api/family/relations/:id': { request: EmptyRequest; response: RelationView };
  'POST /api/family/relations/:id/withdraw': { request: EmptyRequest; response: RelationView };
  'PUT /api/family/relations/:id/limit': { request: SetLimitRequest; response: RelationView };
  'GET /api/family/relations/:id/usage': { request: UsageQuery; response: UsagePage };
  'GET /api/family/household': { request: EmptyRequest; response: Household | null };
  'POST /api/family/household': { request: EmptyRequest; response: Household };
  'POST /api/family/household/members': { request: AddMemberRequest; response: HouseholdMember };
  'DELETE /api/family/household/members/:id': { request: EmptyRequest; response: Household };
  'POST /api/family/household/leave': { request: EmptyRequest; response: LeaveHouseholdResponse };
  'GET /api/family/deduction-order': { request: EmptyRequest; response: DeductionOrderEntry[] };
  'GET /api/account/estimate': { request: EstimateQuery; response: BillEstimate };
  'PUT /api/family/deduction-order': {
    request: SetDeductionOrderRequest;
    response: DeductionOrderEntry[];
  };
  'POST /api/family/premium-payments': { request: PremiumPaymentRequest; response: PremiumPayment };
  'POST /api/card/codes': { request: EmptyRequest; response: CardCode };
  'GET /api/card/payments': { request: EmptyRequest; response: CardPayment[] };
  'GET /api/messages': { request: EmptyRequest; response: MessageList };
  'POST /api/messages/read': { request: MarkMessagesReadRequest; response: MessagesRead };
  'GET /api/_mock/reviews': { request: EmptyRequest; response: PendingReview[] };
  'POST /api/_mock/review': { request: ReviewRequest; response: RelationView };
  'GET /api/_mock/review-setting': { request: EmptyRequest; response: ReviewSetting };
  'PUT /api/_mock/review-setting': { request: ReviewSetting; response: ReviewSetting };
  'POST /api/_mock/settle': { request: SettleRequest; response: Settlement };
  'POST /api/_mock/settle-by-code': { request: SettleByCodeRequest; response: Settlement };
  'GET /api/_mock/faults': { request: EmptyRequest; response: MockFaults };
  'POST /api/_mock/faults': { request: MockFaults; response: MockFaults };
  'POST /api/_mock/reset': { request: EmptyRequest; response: OkResponse };
  'GET /api/_mock/state': { request: EmptyRequest; response: MockStateDocument };
  'PUT /api/_mock/state': { request: MockStateDocument; response: OkResponse };
  'POST /api/_mock/expire-session': { request: EmptyRequest; response: OkResponse };
  'GET /api/_mock/personas': { request: EmptyRequest; response: Persona[] };
  'GET /api/_mock/materials/:id': { request: EmptyRequest; response: MaterialPreview };
}

export type EndpointKey = keyof Endpoints;
export type EndpointRequest<K extends EndpointKey> = Endpoints[K]['request'];
export type EndpointResponse<K extends EndpointKey> = Endpoints[K]['response'];
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The method of an endpoint key: 'GET /api/me' → 'GET'. */
export type MethodOf<K extends EndpointKey> = K extends `${infer M} ${string}` ? M : never;
/** The path template of an endpoint key: 'GET /api/me' → '/api/me'. */
export type PathOf<K extends EndpointKey> = K extends `${string} ${infer P}` ? P : never;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters of an endpoint: 'DELETE /api/family/relations/:id' → { id: string }. */
export type PathParams<K extends EndpointKey> = { [Name in ParamNames<PathOf<K>>]: string };

/** GET requests travel as the query string; the others as a JSON body (uploads: multipart). */
export type QueryEndpointKey = { [K in EndpointKey]: MethodOf<K> extends 'GET' ? K : never }[EndpointKey];
