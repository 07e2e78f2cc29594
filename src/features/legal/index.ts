export { AGREEMENT_VERSION } from './version';
export { ServiceAgreement } from './components/ServiceAgreement';
export { PrivacyPolicy } from './components/PrivacyPolicy';
