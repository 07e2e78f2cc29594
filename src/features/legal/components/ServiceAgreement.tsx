import { SERVICE_AGREEMENT } from '../documents';
import { LegalText } from './LegalText';

export function ServiceAgreement() {
  return <LegalText document={SERVICE_AGREEMENT} />;
}
