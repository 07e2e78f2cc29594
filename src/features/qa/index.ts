export { DataSection } from './components/DataSection';
export { FaultsSection } from './components/FaultsSection';
export { PersonasSection } from './components/PersonasSection';
export { ReviewsSection } from './components/ReviewsSection';
export { ScanSettlementSection } from './components/ScanSettlementSection';
export { SettlementSection } from './components/SettlementSection';
