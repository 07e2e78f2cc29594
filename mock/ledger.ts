import type { MockState, UsageRecordState } from './state';

/** Appends a usage record with the next id; its sequence number orders records of one instant. */
export function recordUsage(state: MockState, record: Omit<UsageRecordState, 'id' | 'seq'>): void {
  state.seq += 1;
  state.usage.push({ ...record, id: `usage-${state.seq}`, seq: state.seq });
}
