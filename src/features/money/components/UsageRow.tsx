import { Text, View } from '@tarojs/components';
import { expenseCategoryLabel } from '@/domain';
import type { UsageRecord } from '@/services';
import { dateTime } from '../dates';
import { yuan } from '../labels';

export interface UsageRowProps {
  record: UsageRecord;
  /** Whose account paid: 本账户, or the sponsor's masked name when a beneficiary looks. */
  payer: string;
  /** Whether the amount left the account being looked at, so it reads as a deduction from it. */
  fromThisAccount: boolean;
  /** 授权人 / 共济人, as the region says it. */
  sponsorTerm: string;
  /** Position in the whole list, from 1, and its size (-1 while more pages may come). */
  position: number;
  setSize: number;
  /** The row's fixed height as a platform length: the list computes positions from it. */
  height: string;
}

/** A premium is paid for someone insured, not for a patient. */
function personLabel(record: UsageRecord): string {
  return record.category === 'resident-premium' || record.category === 'ltc-premium' ? '参保人' : '就诊人';
}

/** What paid first, on the patient's own record. */
function sourceNote(record: UsageRecord, sponsorTerm: string): string | null {
  if (record.relationId !== null) return null;
  if (record.source === 'sponsor') return `由${sponsorTerm}账户共济`;
  if (record.source === 'cash') return '现金支付';
  return null;
}

function limitNote(record: UsageRecord, sponsorTerm: string): string | null {
  if (!record.limitStopped) return null;
  return record.relationId !== null
    ? '已达每月额度，超出部分未从本账户支付'
    : `受${sponsorTerm}设置的每月额度限制`;
}

/**
 * What the account paid: money that left the account being looked at is written −300.00 as in a
 * bank book, and spoken 支出 300.00 元 since a screen reader reads a sign as 减 or skips it. Nothing
 * that left (0.00, a limit-stopped row) and what a sponsor paid for the viewer carry no sign.
 */
function paidText(record: UsageRecord, payer: string, fromThisAccount: boolean) {
  const amount = yuan(record.paidByThisAccountFen);
  if (!fromThisAccount || record.paidByThisAccountFen === 0) {
    const text = `${payer}支付 ${amount}`;
    return { shown: text, spoken: text };
  }
  return { shown: `${payer}支付 −${amount}`, spoken: `${payer}支出 ${amount}` };
}

/** One settlement: where, when, for whom, what kind, what this account paid of the whole bill. */
export function UsageRow({
  record,
  payer,
  fromThisAccount,
  sponsorTerm,
  position,
  setSize,
  height,
}: UsageRowProps) {
  const when = dateTime(record.at);
  const category = expenseCategoryLabel(record.category);
  const notes = [sourceNote(record, sponsorTerm), limitNote(record, sponsorTerm)]
    .filter((note): note is string => note !== null)
    .join('，');
  const paid = paidText(record, payer, fromThisAccount);
  const total = `总额 ${yuan(record.totalFen)}`;
  const person = `${personLabel(record)} ${record.patient.maskedName}`;
  return (
    <View
      className={`usage-row${record.limitStopped ? ' usage-row--limited' : ''}`}
      style={{ height }}
      role="listitem"
      aria-posinset={position}
      aria-setsize={setSize}
      aria-label={`${when} ${record.institution} ${category} ${person} ${total} ${paid.spoken} ${notes}`.trim()}
    >
      <Text className="usage-row__institution">{record.institution}</Text>
      <Text className="usage-row__meta">
        {when} · {category}
      </Text>
      <Text className="usage-row__meta">
        {person} · {total}
      </Text>
      <Text className="usage-row__paid">{paid.shown}</Text>
      {notes ? <Text className="usage-row__note">{notes}</Text> : null}
    </View>
  );
}
