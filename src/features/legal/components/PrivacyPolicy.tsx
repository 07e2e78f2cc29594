import { PRIVACY_POLICY } from '../documents';
import { LegalText } from './LegalText';

export function PrivacyPolicy() {
  return <LegalText document={PRIVACY_POLICY} />;
}
