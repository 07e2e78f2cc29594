import { PrivacyPolicy } from '@/features/legal';

export default function PrivacyPage() {
  return <PrivacyPolicy />;
}
