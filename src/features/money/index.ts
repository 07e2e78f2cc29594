export { DeductionOrderCard } from './components/DeductionOrderCard';
export { DeductionOrderList } from './components/DeductionOrderList';
export { EstimateResult } from './components/EstimateResult';
export { MonthFilter } from './components/MonthFilter';
export { PremiumReceipt } from './components/PremiumReceipt';
export { RelationMoneyCard } from './components/RelationMoneyCard';
export { UsageList } from './components/UsageList';
export { currentMonth, limitLabel, monthLabel, yuan } from './labels';
export {
  checkPremium,
  estimateBill,
  makePrimary,
  moveInOrder,
  premiumYears,
  usageScopeKey,
  useMoney,
} from './store';
export type { UsageScope } from './store';
export {
  deductionOrderKey,
  loadDeductionOrder,
  refreshDeductionOrder,
  saveDeductionOrder,
  useDeductionOrder,
  useSaveDeductionOrder,
} from './queries';
export type { PremiumPayment } from '@/services';
