import { ServiceAgreement } from '@/features/legal';

export default function AgreementPage() {
  return <ServiceAgreement />;
}
