/**
 * Model-based test of the mock back end: random sequences of what people and QA do — sign in,
 * bind (粤医保 with materials and face; 河南医保 through the family), review, unbind from either
 * side, reorder, settle, pay premiums, set limits, retry — across every persona, checked after
 * every step against a small model of what must always hold:
 *
 * - no balance is ever negative;
 * - money is conserved: what left each account since the start equals what that account paid in
 *   settlements and premium payments, counted three ways (balances, the answers the back end
 *   gave, the records it kept);
 * - a relation is in exactly one state and moves only pending → active | rejected | unbound and
 *   active → unbound;
 * - no beneficiary has more live sponsors than the region allows (河南医保: one);
 * - a retry with the same idempotency key returns the first result and changes nothing;
 * - a refused request changes nothing.
 */
import fc from 'fast-check';
import { EXPENSE_CATEGORIES, isAccountPayable, RELATIONSHIPS } from '@/domain';
import type { ExpenseCategory, RelationshipCode, RelationStatus } from '@/domain';
import { regionById, regionForProvince, REGIONS } from '@/regions';
import { requiredMaterials } from '@/regions/materials';
import type { MaterialKind } from '@/regions/materials';
import type {
  DeductionOrderEntry,
  Household,
  LeaveHouseholdResponse,
  PremiumPayment,
  RelationView,
  Settlement,
} from '@/services/contract';
import { PERSONAS } from '../../mock';
import type { MockResponse } from '../../mock';
import { monthOf } from '../../mock/clock';
import type { MockState } from '../../mock/state';
import { harness, jpegBase64, P } from '../mock/support';
import type { Harness, PersonaName } from '../mock/support';
import { fcOptions, reportCases, runsFor, TEST_TIMEOUT_MS } from './fuzz-config';
import { stateDiff } from './state-diff';
import { cameraProof } from '../support/face';

jest.setTimeout(TEST_TIMEOUT_MS);

const RUNS = runsFor(40, 0.25);
const MAX_COMMANDS = 30;

const ALLOWED_MOVES: Readonly<Record<RelationStatus, readonly RelationStatus[]>> = {
  pending: ['active', 'rejected', 'unbound', 'withdrawn'],
  active: ['unbound'],
  rejected: [],
  unbound: [],
  withdrawn: [],
};

const LIVE: readonly RelationStatus[] = ['pending', 'active'];

const NAMES = Object.keys(P) as PersonaName[];
const WITH_PHONE = NAMES.filter((name) => P[name].phone !== null);
const YUE_PEOPLE = NAMES.filter((name) => P[name].id.startsWith('44'));
const HENAN_PEOPLE = NAMES.filter((name) => P[name].id.startsWith('41'));
const PERSON_ID: Readonly<Record<string, string>> = Object.fromEntries(
  PERSONAS.map((persona) => [persona.name, persona.personId]),
);
const NAME_OF: Readonly<Record<string, PersonaName>> = Object.fromEntries(
  PERSONAS.map((persona) => [persona.personId, persona.name as PersonaName]),
);
const RELATIONSHIP_CODES = RELATIONSHIPS.map((option) => option.code);
const CATEGORY_CODES = EXPENSE_CATEGORIES.map((option) => option.code);

// ------------------------------------------------------------------ model and real world

interface Replayable {
  who: PersonaName;
  path: string;
  body: Record<string, unknown>;
  resultId: string;
}

interface Model {
  /** Balances at the start of the sequence, by person id. */
  startBalance: Map<string, number>;
  /** What each account paid since the start, by the back end's own answers. */
  paid: Map<string, number>;
  /** The status each relation had after the previous step. */
  statuses: Map<string, RelationStatus>;
  settlementsAtStart: Set<string>;
  premiumsAtStart: Set<string>;
  /** Successful binds and premium payments, to be sent again later with the same key. */
  retries: Replayable[];
  keys: number;
}

interface Real {
  h: Harness;
  tokens: Map<PersonaName, string>;
}

/** How much the runs did, for the report. */
const stats = { sequences: 0, commands: 0, requests: 0, binds: 0, settlements: 0, premiums: 0, retries: 0 };

function exported(real: Real): MockState {
  return JSON.parse(real.h.backend.exportState()) as MockState;
}

async function tokenFor(real: Real, who: PersonaName): Promise<string> {
  const known = real.tokens.get(who);
  if (known !== undefined) return known;
  const phone = P[who].phone;
  if (phone === null) throw new Error(`${who} has no phone and cannot sign in`);
  const token = await real.h.signIn(phone);
  real.tokens.set(who, token);
  return token;
}

interface Sent {
  response: MockResponse;
  /** The state just before the request (after any review that fell due). */
  before: MockState;
}

function codeOf(response: MockResponse): string {
  return String((response.body as { code?: unknown } | null)?.code ?? '');
}

/**
 * One request as `who` (null: no session), checked for what every request owes: never a 500, and
 * a refusal leaves the state exactly as it was. A session dropped by the back end is renewed once.
 */
async function send(
  real: Real,
  method: string,
  path: string,
  body: unknown,
  who: PersonaName | null,
): Promise<Sent> {
  // Reviews that fell due are decided at the start of any request: let that happen first, so the
  // comparison below sees only what this request did.
  await real.h.call('GET', '/api/_mock/reviews');
  let token = who === null ? null : await tokenFor(real, who);
  let beforeText = real.h.backend.exportState();
  let response = await real.h.call(method, path, body, token);
  if (response.status === 401 && who !== null) {
    real.tokens.delete(who);
    token = await tokenFor(real, who);
    beforeText = real.h.backend.exportState();
    response = await real.h.call(method, path, body, token);
  }
  stats.requests += 1;
  expect(response.status).not.toBe(500);
  if (response.status >= 400) {
    expect({
      path,
      refusal: codeOf(response),
      changed: stateDiff(beforeText, real.h.backend.exportState()),
    }).toEqual({
      path,
      refusal: codeOf(response),
      changed: [],
    });
  }
  return { response, before: JSON.parse(beforeText) as MockState };
}

/** The same request again: the same answer body, and not one byte of state changed. */
async function expectReplay(
  real: Real,
  who: PersonaName,
  path: string,
  body: unknown,
  resultId: string,
): Promise<void> {
  const before = real.h.backend.exportState();
  const { response } = await send(real, 'POST', path, body, who);
  stats.retries += 1;
  expect({ path, status: response.status, id: (response.body as { id?: string }).id }).toEqual({
    path,
    status: 200,
    id: resultId,
  });
  expect(stateDiff(before, real.h.backend.exportState())).toEqual([]);
}

function nextKey(model: Model): string {
  model.keys += 1;
  return `model-key-${model.keys}`;
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function relationIds(model: Model): string[] {
  return [...model.statuses.keys()].sort();
}

function relationIn(state: MockState, id: string) {
  const relation = state.relations.find((candidate) => candidate.id === id);
  if (relation === undefined) throw new Error(`relation ${id} vanished from the state`);
  return relation;
}

async function upload(real: Real, who: PersonaName, kind: MaterialKind): Promise<string | null> {
  const data = jpegBase64();
  const { response } = await send(
    real,
    'POST',
    '/api/uploads',
    {
      kind,
      fileName: `${kind}.jpg`,
      mimeType: 'image/jpeg',
      size: Buffer.from(data, 'base64').length,
      dataBase64: data,
    },
    who,
  );
  return response.status === 201 ? (response.body as { materialId: string }).materialId : null;
}

async function face(real: Real, who: PersonaName, target: PersonaName): Promise<string | undefined> {
  const { response } = await send(real, 'POST', '/api/verify/face', cameraProof(target, P[target].id), who);
  return response.status === 200 ? (response.body as { verificationId: string }).verificationId : undefined;
}

// ------------------------------------------------------------------ what must hold after every step

function verify(model: Model, real: Real): void {
  const state = exported(real);

  // No balance below zero, and every fen that left an account is in a settlement or a premium payment.
  const fromRecords = new Map<string, number>();
  const add = (personId: string, fen: number) =>
    fromRecords.set(personId, (fromRecords.get(personId) ?? 0) + fen);
  for (const settlement of state.settlements) {
    if (model.settlementsAtStart.has(settlement.id)) continue;
    expect(
      settlement.own + settlement.cash + settlement.fromSponsors.reduce((sum, part) => sum + part.fen, 0),
    ).toBe(settlement.amountFen);
    add(settlement.patientId, settlement.own);
    settlement.fromSponsors.forEach((part) => add(part.sponsorId, part.fen));
  }
  for (const payment of state.premiumPayments) {
    if (!model.premiumsAtStart.has(payment.id)) add(payment.payerId, payment.amountFen);
  }
  for (const person of state.persons) {
    expect(Number.isSafeInteger(person.balanceFen) && person.balanceFen >= 0).toBe(true);
    const left = (model.startBalance.get(person.personId) ?? 0) - person.balanceFen;
    expect({
      person: person.name,
      left,
      answered: model.paid.get(person.personId) ?? 0,
      recorded: fromRecords.get(person.personId) ?? 0,
    }).toEqual({
      person: person.name,
      left,
      answered: left,
      recorded: left,
    });
  }

  // Each relation in one state, reached along the allowed moves only, and never lost.
  const seen = new Set(state.relations.map((relation) => relation.id));
  for (const id of model.statuses.keys()) expect(seen.has(id)).toBe(true);
  for (const relation of state.relations) {
    const history = relation.history.map((entry) => entry.status);
    expect(['pending', 'active']).toContain(history[0]);
    history.slice(1).forEach((status, index) => expect(ALLOWED_MOVES[history[index]]).toContain(status));
    expect(history[history.length - 1]).toBe(relation.status);
    const previous = model.statuses.get(relation.id);
    if (previous !== undefined && previous !== relation.status) {
      expect({
        relation: relation.id,
        from: previous,
        allowed: ALLOWED_MOVES[previous].includes(relation.status),
      }).toEqual({
        relation: relation.id,
        from: previous,
        allowed: true,
      });
    }
    model.statuses.set(relation.id, relation.status);
  }

  // Cardinality: one live relation per pair, and no more live sponsors than the region allows.
  const live = state.relations.filter((relation) => LIVE.includes(relation.status));
  const pairs = live.map((relation) => `${relation.sponsorId}>${relation.beneficiaryId}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  for (const region of REGIONS) {
    const inRegion = live.filter((relation) => relation.regionId === region.id);
    const perBeneficiary = new Map<string, Set<string>>();
    const perSponsor = new Map<string, number>();
    inRegion.forEach((relation) => {
      perBeneficiary.set(
        relation.beneficiaryId,
        (perBeneficiary.get(relation.beneficiaryId) ?? new Set()).add(relation.sponsorId),
      );
      perSponsor.set(relation.sponsorId, (perSponsor.get(relation.sponsorId) ?? 0) + 1);
    });
    const maxSponsors = region.maxSponsorsPerBeneficiary;
    if (maxSponsors !== null)
      perBeneficiary.forEach((sponsors) => expect(sponsors.size).toBeLessThanOrEqual(maxSponsors));
    const maxBeneficiaries = region.maxBeneficiariesPerSponsor;
    if (maxBeneficiaries !== null)
      perSponsor.forEach((count) => expect(count).toBeLessThanOrEqual(maxBeneficiaries));
  }

  // A resident's premium is paid once a year, by whoever pays it.
  const premiumYears = state.premiumPayments.map((payment) => `${payment.beneficiaryId}@${payment.year}`);
  expect(new Set(premiumYears).size).toBe(premiumYears.length);
}

// ------------------------------------------------------------------ commands

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    stats.commands += 1;
    await this.act(model, real);
    verify(model, real);
  }

  protected abstract act(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

class SignIn extends Step {
  constructor(readonly who: PersonaName) {
    super();
  }
  protected async act(_model: Model, real: Real): Promise<void> {
    real.tokens.delete(this.who);
    await tokenFor(real, this.who);
  }
  toString(): string {
    return `SignIn(${this.who})`;
  }
}

/** 粤医保: materials, a face verification when asked for, then 提交; a retry or two with the same key. */
class BindYue extends Step {
  constructor(
    readonly sponsor: PersonaName,
    readonly target: PersonaName,
    readonly relationship: RelationshipCode,
    readonly withFace: boolean,
    readonly retries: number,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const materialIds: string[] = [];
    for (const kind of requiredMaterials('relation', this.relationship)) {
      const id = await upload(real, this.sponsor, kind);
      if (id !== null) materialIds.push(id);
    }
    const verificationId = this.withFace ? await face(real, this.sponsor, this.target) : undefined;
    const body = {
      name: this.target,
      idNumber: P[this.target].id,
      relationship: this.relationship,
      materialIds,
      ...(verificationId === undefined ? {} : { verificationId }),
      consentVersion: '2025-01',
      idempotencyKey: nextKey(model),
    };
    await submitBind(model, real, this.sponsor, body, this.retries);
  }
  toString(): string {
    return `BindYue(${this.sponsor} → ${this.target} as ${this.relationship}, face ${this.withFace}, retries ${this.retries})`;
  }
}

/** 河南医保: 建立家庭 → 添加家庭成员 (face for 16+) → 绑定 with the signed 个人承诺书. */
class BindHenan extends Step {
  constructor(
    readonly sponsor: PersonaName,
    readonly target: PersonaName,
    readonly relationship: RelationshipCode,
    readonly byMemberId: boolean,
    readonly retries: number,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    await send(real, 'POST', '/api/family/household', {}, this.sponsor);
    const verificationId = await face(real, this.sponsor, this.target);
    await send(
      real,
      'POST',
      '/api/family/household/members',
      { name: this.target, idNumber: P[this.target].id, relationship: this.relationship, verificationId },
      this.sponsor,
    );
    const { response } = await send(real, 'GET', '/api/family/household', undefined, this.sponsor);
    const household = response.body as Household | null;
    const member = household?.members.find(
      (candidate) => candidate.person.personId === PERSON_ID[this.target],
    );
    const signature = await upload(real, this.sponsor, 'commitment-signature');
    const materialIds = signature === null ? [] : [signature];
    const body =
      this.byMemberId && member !== undefined
        ? { memberId: member.id, materialIds, consentVersion: 'henan-2023', idempotencyKey: nextKey(model) }
        : {
            name: this.target,
            idNumber: P[this.target].id,
            relationship: member?.relationship ?? this.relationship,
            materialIds,
            consentVersion: 'henan-2023',
            idempotencyKey: nextKey(model),
          };
    await submitBind(model, real, this.sponsor, body, this.retries);
  }
  toString(): string {
    return `BindHenan(${this.sponsor} → ${this.target} as ${this.relationship}, by ${this.byMemberId ? 'member id' : 'details'}, retries ${this.retries})`;
  }
}

async function submitBind(
  model: Model,
  real: Real,
  sponsor: PersonaName,
  body: Record<string, unknown>,
  retries: number,
): Promise<void> {
  const { response } = await send(real, 'POST', '/api/family/relations', body, sponsor);
  if (response.status !== 201) {
    // Nothing was remembered: the same request is refused the same way.
    for (let i = 0; i < retries; i += 1) {
      const again = await send(real, 'POST', '/api/family/relations', body, sponsor);
      expect([again.response.status, codeOf(again.response)]).toEqual([response.status, codeOf(response)]);
    }
    return;
  }
  stats.binds += 1;
  const relation = response.body as RelationView;
  const region = regionById(relation.regionId);
  expect(relation.status).toBe(region?.reviewMode === 'instant' ? 'active' : 'pending');
  model.retries.push({ who: sponsor, path: '/api/family/relations', body, resultId: relation.id });
  for (let i = 0; i < retries; i += 1)
    await expectReplay(real, sponsor, '/api/family/relations', body, relation.id);
}

class Review extends Step {
  constructor(
    readonly index: number,
    readonly approve: boolean,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const id = pick(relationIds(model), this.index);
    if (id === undefined) return;
    const { response, before } = await send(
      real,
      'POST',
      '/api/_mock/review',
      { relationId: id, approve: this.approve },
      null,
    );
    const was = relationIn(before, id).status;
    if (was !== 'pending') {
      expect([response.status, codeOf(response)]).toEqual([409, 'NOT_PENDING']);
      return;
    }
    expect(response.status).toBe(200);
    expect((response.body as RelationView).status).toBe(this.approve ? 'active' : 'rejected');
  }
  toString(): string {
    return `Review(#${this.index}, ${this.approve ? 'approve' : 'reject'})`;
  }
}

/** The person on `side` of the relation, or its sponsor when that person cannot sign in. */
function actorOf(state: MockState, relationId: string, side: 'sponsor' | 'beneficiary'): PersonaName {
  const relation = relationIn(state, relationId);
  const wanted = NAME_OF[side === 'sponsor' ? relation.sponsorId : relation.beneficiaryId];
  return P[wanted].phone === null ? NAME_OF[relation.sponsorId] : wanted;
}

class Unbind extends Step {
  constructor(
    readonly index: number,
    readonly side: 'sponsor' | 'beneficiary',
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const id = pick(relationIds(model), this.index);
    if (id === undefined) return;
    const who = actorOf(exported(real), id, this.side);
    const { response, before } = await send(real, 'DELETE', `/api/family/relations/${id}`, undefined, who);
    if (LIVE.includes(relationIn(before, id).status)) {
      expect([response.status, (response.body as RelationView).status]).toEqual([200, 'unbound']);
    } else {
      expect([response.status, codeOf(response)]).toEqual([409, 'RELATION_ENDED']);
    }
  }
  toString(): string {
    return `Unbind(#${this.index} by ${this.side})`;
  }
}

/** 河南医保's other ways out: the owner removes the member, or the member leaves the family. */
class LeaveFamily extends Step {
  constructor(
    readonly index: number,
    readonly side: 'sponsor' | 'beneficiary',
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const state = exported(real);
    const id = pick(
      relationIds(model).filter((candidate) => relationIn(state, candidate).regionId === 'henan'),
      this.index,
    );
    if (id === undefined) return;
    const relation = relationIn(state, id);
    const who = actorOf(state, id, this.side);
    if (who === NAME_OF[relation.beneficiaryId]) {
      // A person may belong to several families (河南医保 adds members who are bound elsewhere);
      // leaving leaves the family whose owner shares with them, if any, and ends that relation only.
      const { response, before } = await send(real, 'POST', '/api/family/household/leave', {}, who);
      if (response.status !== 200) return;
      const left = response.body as LeaveHouseholdResponse;
      const owner = before.households.find((household) => household.id === left.householdId)?.ownerId;
      const sharingOwners = before.households
        .filter((household) => household.members.some((member) => member.personId === relation.beneficiaryId))
        .map((household) => household.ownerId)
        .filter((ownerId) =>
          before.relations.some(
            (candidate) =>
              candidate.sponsorId === ownerId &&
              candidate.beneficiaryId === relation.beneficiaryId &&
              LIVE.includes(candidate.status),
          ),
        );
      if (sharingOwners.length > 0) expect(sharingOwners).toContain(owner);
      const ended = before.relations.find(
        (candidate) =>
          candidate.sponsorId === owner &&
          candidate.beneficiaryId === relation.beneficiaryId &&
          LIVE.includes(candidate.status),
      );
      expect(left.unboundRelationId).toBe(ended?.id ?? null);
      if (ended !== undefined) expect(relationIn(exported(real), ended.id).status).toBe('unbound');
      return;
    }
    const household = state.households.find((candidate) => candidate.ownerId === relation.sponsorId);
    const member = household?.members.find((candidate) => candidate.personId === relation.beneficiaryId);
    if (member === undefined) return;
    const { response, before } = await send(
      real,
      'DELETE',
      `/api/family/household/members/${member.id}`,
      undefined,
      who,
    );
    // Removing the member ends their relation with the owner, whatever state it was in before.
    expect(response.status).toBe(200);
    if (LIVE.includes(relationIn(before, id).status))
      expect(relationIn(exported(real), id).status).toBe('unbound');
  }
  toString(): string {
    return `LeaveFamily(#${this.index} by ${this.side})`;
  }
}

class Reorder extends Step {
  constructor(
    readonly who: PersonaName,
    readonly shuffle: number[],
    readonly variant: 'permutation' | 'drop' | 'extra' | 'duplicate',
  ) {
    super();
  }
  protected async act(_model: Model, real: Real): Promise<void> {
    const { response } = await send(real, 'GET', '/api/family/deduction-order', undefined, this.who);
    const ids = (response.body as DeductionOrderEntry[]).map((entry) => entry.id);
    const order = ids
      .map((id, index) => ({ id, key: this.shuffle[index % Math.max(1, this.shuffle.length)] ?? index }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.id);
    const sent = {
      permutation: order,
      drop: order.slice(1),
      extra: [...order, 'relation-seed-1'],
      duplicate: order.length > 0 ? [...order, order[0]] : ['relation-x'],
    }[this.variant];
    const answer = (await send(real, 'PUT', '/api/family/deduction-order', { relationIds: sent }, this.who))
      .response;
    const provinceCode =
      exported(real).persons.find((person) => person.personId === PERSON_ID[this.who])?.provinceCode ?? '';
    const chosen = regionForProvince(provinceCode)?.deductionOrder === 'beneficiary-chosen';
    const isPermutation =
      sent.length === ids.length &&
      new Set(sent).size === sent.length &&
      ids.every((id) => sent.includes(id));
    // 粤医保 lets the beneficiary choose (an exact permutation of the active relations); 河南医保 never.
    const expected = !chosen ? 'ORDER_FIXED' : isPermutation ? 'OK' : 'ORDER_MISMATCH';
    expect(answer.status === 200 ? 'OK' : codeOf(answer)).toBe(expected);
    if (answer.status === 200)
      expect((answer.body as DeductionOrderEntry[]).map((entry) => entry.id)).toEqual(sent);
  }
  toString(): string {
    return `Reorder(${this.who}, ${this.variant}, [${this.shuffle.join(',')}])`;
  }
}

class Settle extends Step {
  constructor(
    readonly patient: PersonaName,
    readonly category: ExpenseCategory,
    readonly amountFen: number,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    await this.settle(model, real);
  }

  /** Sends the bill and checks its split; SettleThrough reuses it for its own amounts. */
  async settle(model: Model, real: Real): Promise<void> {
    const { response, before } = await send(
      real,
      'POST',
      '/api/_mock/settle',
      {
        idNumber: P[this.patient].id,
        amountFen: this.amountFen,
        institution: '模型测试医院',
        category: this.category,
      },
      null,
    );
    const patient = before.persons.find((person) => person.personId === PERSON_ID[this.patient]);
    if (patient === undefined) throw new Error(`no ${this.patient}`);
    if (this.amountFen < 1 || this.amountFen > 1_000_000_000) {
      expect([response.status, codeOf(response)]).toEqual([400, 'BAD_REQUEST']);
      return;
    }
    if (patient.insuranceType === 'none' || patient.status !== 'active') {
      expect(response.status).toBe(400);
      return;
    }
    expect(response.status).toBe(201);
    stats.settlements += 1;
    const settlement = response.body as Settlement;
    const shared = settlement.fromSponsors.reduce((sum, part) => sum + part.fen, 0);
    expect(settlement.own + shared + settlement.cash).toBe(this.amountFen);
    expect(settlement.own).toBeLessThanOrEqual(patient.insuranceType === 'employee' ? patient.balanceFen : 0);
    if (!isAccountPayable(this.category)) expect([settlement.own, shared]).toEqual([0, 0]);
    model.paid.set(patient.personId, (model.paid.get(patient.personId) ?? 0) + settlement.own);
    const month = monthOf(real.h.clock.now());
    for (const part of settlement.fromSponsors) {
      // Only a live, active relation of this patient pays, within the sponsor's balance and monthly limit.
      const relation = relationIn(before, part.relationId);
      expect([relation.status, relation.beneficiaryId, relation.sponsorId]).toEqual([
        'active',
        patient.personId,
        part.sponsor.personId,
      ]);
      const sponsor = before.persons.find((person) => person.personId === relation.sponsorId);
      expect(part.fen).toBeLessThanOrEqual(sponsor?.balanceFen ?? 0);
      if (relation.monthlyLimitFen !== null) {
        const spent = before.settlements
          .filter((earlier) => monthOf(earlier.at) === month)
          .reduce(
            (sum, earlier) =>
              sum +
              earlier.fromSponsors.filter((p) => p.relationId === relation.id).reduce((s, p) => s + p.fen, 0),
            0,
          );
        expect(part.fen).toBeLessThanOrEqual(Math.max(0, relation.monthlyLimitFen - spent));
      }
      model.paid.set(part.sponsor.personId, (model.paid.get(part.sponsor.personId) ?? 0) + part.fen);
    }
  }
  toString(): string {
    return `Settle(${this.patient}, ${this.category}, ${this.amountFen} fen)`;
  }
}

/**
 * A bill for the beneficiary of a relation, sized against what the accounts hold (exactly all of
 * it, one fen more, several times more): where a wrong split would overdraw an account.
 */
class SettleThrough extends Step {
  constructor(
    readonly index: number,
    readonly category: ExpenseCategory,
    readonly factor: number,
    readonly extraFen: number,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const state = exported(real);
    const id = pick(relationIds(model), this.index);
    if (id === undefined) return;
    const relation = relationIn(state, id);
    const held = state.persons
      .filter(
        (person) => person.personId === relation.beneficiaryId || person.personId === relation.sponsorId,
      )
      .reduce((sum, person) => sum + person.balanceFen, 0);
    const amount = Math.min(1_000_000_000, Math.max(1, Math.round(held * this.factor) + this.extraFen));
    await new Settle(NAME_OF[relation.beneficiaryId], this.category, amount).settle(model, real);
  }
  toString(): string {
    return `SettleThrough(#${this.index}, ${this.category}, ×${this.factor} + ${this.extraFen} fen)`;
  }
}

class PayPremium extends Step {
  constructor(
    readonly index: number,
    readonly side: 'sponsor' | 'beneficiary',
    readonly yearOffset: number,
    readonly retries: number,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const id = pick(relationIds(model), this.index);
    if (id === undefined) return;
    const who = actorOf(exported(real), id, this.side);
    const year = Number(real.h.clock.now().slice(0, 4)) + this.yearOffset;
    const body = { relationId: id, year, idempotencyKey: nextKey(model) };
    const { response, before } = await send(real, 'POST', '/api/family/premium-payments', body, who);
    if (response.status !== 201) return;
    stats.premiums += 1;
    const payment = response.body as PremiumPayment;
    const payer = relationIn(before, id).sponsorId;
    expect(PERSON_ID[who]).toBe(payer);
    const balanceBefore = before.persons.find((person) => person.personId === payer)?.balanceFen ?? 0;
    expect(payment.balanceAfterFen).toBe(balanceBefore - payment.amountFen);
    model.paid.set(payer, (model.paid.get(payer) ?? 0) + payment.amountFen);
    model.retries.push({ who, path: '/api/family/premium-payments', body, resultId: payment.id });
    for (let i = 0; i < this.retries; i += 1)
      await expectReplay(real, who, '/api/family/premium-payments', body, payment.id);
  }
  toString(): string {
    return `PayPremium(#${this.index} by ${this.side}, year ${this.yearOffset >= 0 ? '+' : ''}${this.yearOffset}, retries ${this.retries})`;
  }
}

class SetLimit extends Step {
  constructor(
    readonly index: number,
    readonly side: 'sponsor' | 'beneficiary',
    readonly limit: number | null,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const id = pick(relationIds(model), this.index);
    if (id === undefined) return;
    const state = exported(real);
    const who = actorOf(state, id, this.side);
    const { response, before } = await send(
      real,
      'PUT',
      `/api/family/relations/${id}/limit`,
      { monthlyLimitFen: this.limit },
      who,
    );
    const relation = relationIn(before, id);
    const valid =
      this.limit === null ||
      (Number.isSafeInteger(this.limit) && this.limit >= 0 && this.limit <= 10_000_000);
    const expected = !valid
      ? 400
      : PERSON_ID[who] !== relation.sponsorId
        ? 403
        : LIVE.includes(relation.status)
          ? 200
          : 409;
    expect(response.status).toBe(expected);
    if (expected === 200) expect((response.body as RelationView).monthlyLimitFen).toBe(this.limit);
  }
  toString(): string {
    return `SetLimit(#${this.index} by ${this.side}, ${String(this.limit)})`;
  }
}

/** Any earlier success sent again, later, maybe from a new session: the first answer, no change. */
class RetryEarlier extends Step {
  constructor(
    readonly index: number,
    readonly conflicting: boolean,
  ) {
    super();
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const earlier = pick(model.retries, this.index);
    if (earlier === undefined) return;
    if (!this.conflicting) {
      await expectReplay(real, earlier.who, earlier.path, earlier.body, earlier.resultId);
      return;
    }
    // The same key with something else in the request is a conflict, never a second result.
    const changed = { ...earlier.body, materialIds: ['material-other'], year: 1999 };
    const { response } = await send(real, 'POST', earlier.path, changed, earlier.who);
    expect([response.status, codeOf(response)]).toEqual([409, 'IDEMPOTENCY_CONFLICT']);
  }
  toString(): string {
    return `RetryEarlier(#${this.index}${this.conflicting ? ', conflicting' : ''})`;
  }
}

class AdvanceTime extends Step {
  constructor(readonly ms: number) {
    super();
  }
  protected async act(_model: Model, real: Real): Promise<void> {
    real.h.clock.advance(this.ms);
  }
  toString(): string {
    return `AdvanceTime(${this.ms} ms)`;
  }
}

// ------------------------------------------------------------------ arbitraries

const persona = (names: readonly PersonaName[]) => fc.constantFrom(...names);
const side = fc.constantFrom<'sponsor' | 'beneficiary'>('sponsor', 'beneficiary');
const index = fc.nat({ max: 1000 });
const retries = fc.integer({ min: 0, max: 2 });
const relationship = fc.constantFrom(...RELATIONSHIP_CODES);

const amount = fc.oneof(
  fc.constantFrom(0, 1, 1_000_000_000, 1_000_000_001),
  fc.integer({ min: 1, max: 10_000 }),
  fc.integer({ min: 10_000, max: 1_000_000 }),
  fc.integer({ min: 1_000_000, max: 1_000_000_000 }),
);

const limit = fc.oneof(
  fc.constant(null),
  fc.constantFrom(0, 1, 10_000_000, 10_000_001, -1),
  fc.integer({ min: 0, max: 500_000 }),
);

/** Claims as the registers have them (most of what people do), and some that are refused. */
const YUE_CLAIMS: readonly (readonly [PersonaName, PersonaName, RelationshipCode])[] = [
  ['陈建国', '周玉兰', 'parent'],
  ['陈建国', '陈小明', 'child'],
  ['陈建国', '林美华', 'spouse'],
  ['陈建国', '黄桂芳', 'parent'],
  ['陈建国', '陈建华', 'sibling'],
  ['陈建国', '陈晓燕', 'child'],
  ['林美华', '陈小明', 'child'],
  ['林美华', '陈建国', 'spouse'],
  ['林美华', '黄桂芳', 'parent'],
  ['林美华', '周玉兰', 'parent'],
];
const HENAN_CLAIMS: readonly (readonly [PersonaName, PersonaName, RelationshipCode])[] = [
  ['李卫东', '李长海', 'parent'],
  ['李卫东', '赵丽', 'spouse'],
  ['李卫东', '李娜', 'sibling'],
  ['李卫东', '孙桂香', 'grandparent'],
  ['李卫东', '王大力', 'sibling'],
  ['周建军', '王大力', 'sibling'],
  ['周建军', '李长海', 'parent'],
];

function claim(sponsors: readonly PersonaName[], targets: readonly PersonaName[], usual: typeof YUE_CLAIMS) {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...usual), weight: 3 },
    { arbitrary: fc.tuple(persona(sponsors), persona(targets), relationship), weight: 1 },
  );
}

const bindYue = fc
  .tuple(claim(['陈建国', '林美华'], YUE_PEOPLE, YUE_CLAIMS), fc.boolean(), retries)
  .map(
    ([[sponsor, target, claimed], withFace, times]) => new BindYue(sponsor, target, claimed, withFace, times),
  );
const bindHenan = fc
  .tuple(claim(['李卫东', '周建军'], HENAN_PEOPLE, HENAN_CLAIMS), fc.boolean(), retries)
  .map(
    ([[sponsor, target, claimed], byMemberId, times]) =>
      new BindHenan(sponsor, target, claimed, byMemberId, times),
  );

// fc.commands picks each entry alike: binding, which everything else needs, is listed twice.
const commands: fc.Arbitrary<Step>[] = [
  persona(WITH_PHONE).map((who) => new SignIn(who)),
  bindYue,
  bindYue,
  bindHenan,
  bindHenan,
  fc.tuple(index, fc.boolean()).map(([at, approve]) => new Review(at, approve)),
  fc.tuple(index, side).map(([at, by]) => new Unbind(at, by)),
  fc.tuple(index, side).map(([at, by]) => new LeaveFamily(at, by)),
  fc
    .tuple(
      persona(WITH_PHONE),
      fc.array(fc.nat({ max: 9 }), { maxLength: 5 }),
      fc.constantFrom<Reorder['variant']>('permutation', 'permutation', 'drop', 'extra', 'duplicate'),
    )
    .map(([who, shuffle, variant]) => new Reorder(who, shuffle, variant)),
  fc
    .tuple(persona(NAMES), fc.constantFrom(...CATEGORY_CODES), amount)
    .map(([patient, category, fen]) => new Settle(patient, category, fen)),
  fc
    .tuple(persona(NAMES), fc.constantFrom(...CATEGORY_CODES), amount)
    .map(([patient, category, fen]) => new Settle(patient, category, fen)),
  fc
    .tuple(
      index,
      fc.constantFrom(...CATEGORY_CODES),
      fc.constantFrom(0.25, 0.5, 1, 1, 2, 10),
      fc.constantFrom(-1, 0, 0, 1),
    )
    .map(([at, category, factor, extra]) => new SettleThrough(at, category, factor, extra)),
  fc
    .tuple(
      index,
      fc.constantFrom(...CATEGORY_CODES),
      fc.constantFrom(0.25, 0.5, 1, 1, 2, 10),
      fc.constantFrom(-1, 0, 0, 1),
    )
    .map(([at, category, factor, extra]) => new SettleThrough(at, category, factor, extra)),
  fc
    .tuple(index, side, fc.constantFrom(-1, 0, 0, 1, 2), retries)
    .map(([at, by, offset, times]) => new PayPremium(at, by, offset, times)),
  fc.tuple(index, side, limit).map(([at, by, fen]) => new SetLimit(at, by, fen)),
  fc.tuple(index, fc.boolean()).map(([at, conflicting]) => new RetryEarlier(at, conflicting)),
  fc
    .oneof(
      fc.integer({ min: 1_000, max: 60 * 60_000 }),
      fc.integer({ min: 60 * 60_000, max: 40 * 24 * 60 * 60_000 }),
    )
    .map((ms) => new AdvanceTime(ms)),
];

function setup(autoApproveAfterMs: number | null): { model: Model; real: Real } {
  const h = harness({ autoApproveAfterMs, sleep: async () => undefined });
  const state = JSON.parse(h.backend.exportState()) as MockState;
  const model: Model = {
    startBalance: new Map(state.persons.map((person) => [person.personId, person.balanceFen])),
    paid: new Map(),
    statuses: new Map(state.relations.map((relation) => [relation.id, relation.status])),
    settlementsAtStart: new Set(state.settlements.map((settlement) => settlement.id)),
    premiumsAtStart: new Set(state.premiumPayments.map((payment) => payment.id)),
    retries: [],
    keys: 0,
  };
  return { model, real: { h, tokens: new Map() } };
}

it(`keeps money, relation states and cardinality right through random sequences of everything people and QA do (${RUNS} sequences of up to ${MAX_COMMANDS} steps)`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.commands(commands, { maxCommands: MAX_COMMANDS, size: 'max' }),
      fc.constantFrom<number | null>(null, null, 10_000),
      async (steps, autoApprove) => {
        stats.sequences += 1;
        await fc.asyncModelRun(() => setup(autoApprove), steps);
      },
    ),
    fcOptions(RUNS),
  );
  expect(stats.sequences).toBeGreaterThanOrEqual(RUNS);
  // The sequences must have done real work, not only refused steps.
  expect(stats.binds).toBeGreaterThan(0);
  expect(stats.settlements).toBeGreaterThan(0);
  reportCases('model-based sequences', stats.sequences, { ...stats });
});
