export { DataSection } from './components/DataSection';
export { FaultsSection } from './components/FaultsSection';
export { PersonasSection } from './components/PersonasSection';
export { ReviewsSection } from './components/ReviewsSection';
export { ScanSettlementSection } from './components/ScanSettlementSection';
export { SettlementSection } from './components/SettlementSection';
export { QaConsole } from './components/Console';
export { mountConsoleBeside, useConsoleBeside } from './components/ConsoleBeside';
