/**
 * 医保电子凭证: the code a patient shows at a pharmacy, and the settlement that scans it.
 *
 * A code is `YBM1.<ref>.<expiry>.<nonce>.<signature>`: `ref` stands for the person without
 * naming them (an HMAC of their opaque id), `expiry` is Unix seconds, `nonce` is random, and the
 * signature is an HMAC-SHA-256 over the rest with the server's secret. Nothing in it is an ID
 * number, a name or a phone. A code pays once, until it expires or a newer one is shown.
 */
import { maskName } from '@/domain';
import type { CardCode, CardPayment, Settlement } from '@/services/contract';
import { addMilliseconds, millisecondsBetween } from '../clock';
import type { Reply, RequestContext, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse } from '../errors';
import { hmacSha256Hex } from '../hmac';
import { personById } from '../model';
import { randomToken } from '../random';
import { readBody, readText } from '../read';
import type { CardCodeRecord, MockState } from '../state';
import { readBill, settleBill } from './qa';

export const CARD_CODE_LIFETIME_MS = 60_000;
/** Replaced codes kept per person, so a stale one is refused by name rather than as unknown. */
const KEPT_PER_PERSON = 10;
/** How many of the person's code payments the card page lists. */
const PAYMENTS_SHOWN = 10;
const VERSION = 'YBM1';
const CODE_PATTERN = /^YBM1\.([0-9a-f]{16})\.(\d{1,12})\.([0-9a-f]{16})\.([0-9a-f]{32})$/;

const INVALID_MESSAGE = '医保码无效，请让参保人刷新医保码后重新出示';

export function personRef(secret: string, personId: string): string {
  return hmacSha256Hex(secret, `ref|${personId}`).slice(0, 16);
}

function sign(secret: string, unsigned: string): string {
  return hmacSha256Hex(secret, unsigned).slice(0, 32);
}

/** Compares in time that does not depend on where the texts differ. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}

/**
 * Forgets what no longer matters: unused codes past their expiry (a check of the expiry comes
 * before any look-up, so they would be refused the same), replaced ones beyond a few, and used
 * ones beyond what the card page lists.
 */
function prune(state: MockState, now: string, personId: string): void {
  const used = (code: CardCodeRecord) => code.usedBySettlementId !== null;
  const live = state.cardCodes.filter((code) => used(code) || millisecondsBetween(now, code.expiresAt) > 0);
  const own = live.filter((code) => code.personId === personId);
  const keep = (codes: CardCodeRecord[], count: number) => codes.slice(0, Math.max(0, codes.length - count));
  const dropped = new Set(
    [
      ...keep(
        own.filter((code) => !used(code)),
        KEPT_PER_PERSON,
      ),
      ...keep(own.filter(used), PAYMENTS_SHOWN),
    ].map((code) => code.nonce),
  );
  state.cardCodes = live.filter((code) => !dropped.has(code.nonce));
}

/** A fresh code for the signed-in person; the ones shown before no longer pay. */
export function issueCardCode(ctx: SignedInContext): Reply<CardCode> {
  const { state, now, viewer } = ctx;
  if (viewer.insuranceType === 'none') {
    refuse(400, 'CARD_NOT_INSURED', '您未参加基本医疗保险，暂无医保电子凭证');
  }
  prune(state, now, viewer.personId);
  state.cardCodes.forEach((code) => {
    if (code.personId === viewer.personId) {
      code.replaced = true;
    }
  });
  const expiresAt = addMilliseconds(now, CARD_CODE_LIFETIME_MS);
  const nonce = randomToken().slice(0, 16);
  const unsigned = [
    VERSION,
    personRef(ctx.cardSecret, viewer.personId),
    String(Math.floor(Date.parse(expiresAt) / 1000)),
    nonce,
  ].join('.');
  const record: CardCodeRecord = {
    nonce,
    personId: viewer.personId,
    issuedAt: now,
    expiresAt,
    replaced: false,
    usedBySettlementId: null,
  };
  state.cardCodes.push(record);
  return reply({ code: `${unsigned}.${sign(ctx.cardSecret, unsigned)}`, issuedAt: now, expiresAt }, 201);
}

/** The live, unused code record the text stands for, or the refusal that says why not. */
function presentedCode(ctx: RequestContext, text: string): CardCodeRecord {
  const match = CODE_PATTERN.exec(text.trim());
  if (match === null) {
    return refuse(400, 'CARD_CODE_INVALID', INVALID_MESSAGE);
  }
  const [, ref, expirySeconds, nonce, signature] = match;
  if (!sameText(signature, sign(ctx.cardSecret, [VERSION, ref, expirySeconds, nonce].join('.')))) {
    return refuse(400, 'CARD_CODE_INVALID', INVALID_MESSAGE);
  }
  if (Number(expirySeconds) * 1000 <= Date.parse(ctx.now)) {
    return refuse(400, 'CARD_CODE_EXPIRED', '医保码已过期（有效期 60 秒），请让参保人刷新医保码后重新出示');
  }
  const record = ctx.state.cardCodes.find((code) => code.nonce === nonce);
  if (record === undefined || !sameText(personRef(ctx.cardSecret, record.personId), ref)) {
    return refuse(400, 'CARD_CODE_INVALID', INVALID_MESSAGE);
  }
  if (record.usedBySettlementId !== null) {
    return refuse(409, 'CARD_CODE_USED', '该医保码已完成一笔结算，不能重复使用，请让参保人刷新医保码');
  }
  if (record.replaced) {
    return refuse(400, 'CARD_CODE_REPLACED', '参保人已刷新医保码，这个码已失效，请扫描最新的医保码');
  }
  return record;
}

/** The bills the person paid with a code, newest first, each split by who paid. */
export function cardPayments(ctx: SignedInContext): Reply<CardPayment[]> {
  const { state, viewer } = ctx;
  const paidByCode = new Set(
    state.cardCodes
      .filter((code) => code.personId === viewer.personId && code.usedBySettlementId !== null)
      .map((code) => code.usedBySettlementId),
  );
  return reply(
    state.settlements
      .filter((settlement) => paidByCode.has(settlement.id))
      .slice(-PAYMENTS_SHOWN)
      .reverse()
      .map((settlement) => ({
        settlementId: settlement.id,
        at: settlement.at,
        institution: settlement.institution,
        category: settlement.category,
        amountFen: settlement.amountFen,
        ownFen: settlement.own,
        fromSponsors: settlement.fromSponsors.map((part) => ({
          maskedName: maskName(personById(state, part.sponsorId).name),
          fen: part.fen,
        })),
        cashFen: settlement.cash,
      })),
  );
}

/** QA at the pharmacy counter: the bill settles for whoever the code belongs to. */
export function settleByCode(ctx: RequestContext): Reply<Settlement> {
  const body = readBody(ctx.body);
  const text = readText(body, 'code', '医保码', { max: 200, required: true });
  const bill = readBill(body);
  const record = presentedCode(ctx, text);
  const settled = settleBill(ctx, personById(ctx.state, record.personId), bill);
  record.usedBySettlementId = settled.body.id;
  return settled;
}
