import type { ReactNode } from 'react';
import type { RegionProfile } from '@/regions';
import type { Me } from '@/services';
import { selectRegion, useSession } from '@/features/auth';
import { acceptedNoticeOf, usePreferences } from '../preferences';
import { Button } from '@/ui/Button';
import { NOTICE_VERSION } from '@/features/relations';
import { ROUTES, goTo, replaceWith } from '@/ui/navigation';
import { Page } from './Page';
import { EmptyState } from '@/ui/States';

export interface SignedInRegion {
  sponsor: Me;
  region: RegionProfile;
}

/** What a family page shows to someone signed out: the way to sign in. */
export function SignInFirst() {
  return (
    <Page>
      <EmptyState title="请先登录后再办理">
        <Button kind="primary" onClick={() => goTo(ROUTES.login)}>
          去登录
        </Button>
      </EmptyState>
    </Page>
  );
}

/** A page that needs the signed-in person and their region's words; otherwise the way to sign in. */
export function RequireSignIn({ children }: { children: (session: SignedInRegion) => ReactNode }) {
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  if (!sponsor || !region) return <SignInFirst />;
  return <>{children({ sponsor, region })}</>;
}

/**
 * A form for the family flows opens only for a signed-in person who has agreed to this version of
 * the 温馨提示; otherwise it says which step comes first and leads there.
 */
export function RequireNotice({ children }: { children: (session: SignedInRegion) => ReactNode }) {
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  const accepted = usePreferences((state) =>
    sponsor && region ? acceptedNoticeOf(state, sponsor.personId, region.id) === NOTICE_VERSION : false,
  );

  if (!sponsor || !region) return <SignInFirst />;
  if (!accepted) {
    return (
      <Page>
        <EmptyState title="请先阅读温馨提示">
          <Button kind="primary" onClick={() => replaceWith(ROUTES.notice)}>
            阅读温馨提示
          </Button>
        </EmptyState>
      </Page>
    );
  }
  return <>{children({ sponsor, region })}</>;
}
