import { CardView } from '@/features/card';
import { Page, RequireSignIn } from '@/features/shell';

/** 医保电子凭证, opened from 首页; in its own subpackage with the QR encoder. */
export default function CardPage() {
  return (
    <RequireSignIn>
      {({ sponsor }) => (
        <Page>
          <CardView me={sponsor} />
        </Page>
      )}
    </RequireSignIn>
  );
}
