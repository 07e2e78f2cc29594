export { DeductionOrderCard } from './components/DeductionOrderCard';
export { DeductionOrderList } from './components/DeductionOrderList';
export { EstimateResult } from './components/EstimateResult';
export { MonthFilter } from './components/MonthFilter';
export { PremiumReceipt } from './components/PremiumReceipt';
export { RelationMoneyCard } from './components/RelationMoneyCard';
export { UsageChart } from './components/UsageChart';
export { UsageList } from './components/UsageList';
export { ESTIMATE_CATEGORIES, NOT_PAYABLE_LABELS } from './categories';
export { SharedWithMeCard } from './components/SharedWithMeCard';
export { currentMonth, monthLabel } from './dates';
export { limitLabel, yuan } from './labels';
export { checkPremium, makePrimary, moveInOrder, premiumYears, usageScopeKey, useMoney } from './store';
export type { UsageScope } from './store';
export {
  deductionOrderKey,
  loadDeductionOrder,
  refreshDeductionOrder,
  saveDeductionOrder,
  useDeductionOrder,
  useSaveDeductionOrder,
} from './deductionOrder';
export { refreshEstimates, useEstimate, useUsageMonths } from './queries';
export type { PremiumPayment } from '@/services';
