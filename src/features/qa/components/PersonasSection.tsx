import { Text, View } from '@tarojs/components';
import * as services from '@/services';
import type { Persona } from '@/services';
import { usePersonas } from '../queries';
import { signInOrThrow, useSession } from '@/features/auth';
import { clearQueries } from '@/request';
import { Button } from '@/ui/Button';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { PersonaCard } from '@/features/qa/components/PersonaCard';
import { useAction } from '@/features/qa/useAction';
import { ErrorState, Loading } from '@/ui/States';

/** The mock back end accepts this code for every phone (DESIGN.md § Seed personas). */
const MOCK_SMS_CODE = '123456';

/**
 * Signs in the way a person does — ask for a code, type it — so the session store and every page
 * follow. A code asked for less than a minute ago is still valid, so a cooldown is no reason to
 * stop; only when that code was already used does QA have to wait out the minute.
 */
async function signInWithSmsCode(phone: string): Promise<void> {
  let cooldown: services.ServiceError | null = null;
  try {
    await services.requestSmsCode(phone);
  } catch (error) {
    if (!(error instanceof services.ServiceError) || error.code !== 'SMS_COOLDOWN') throw error;
    cooldown = error;
  }
  await signInOrThrow(phone, MOCK_SMS_CODE).catch((failure: services.ServiceError) => {
    throw cooldown && failure.code === 'SMS_CODE_NOT_SENT' ? cooldown : failure;
  });
}

export function PersonasSection({ visit }: { visit: number }) {
  const currentId = useSession((state) => state.sponsor?.personId ?? null);
  const { data: personas, error: loadError, refetch } = usePersonas(visit);
  const { busy, outcome, run } = useAction<string>();

  // Only a persona with a phone gets the button (see PersonaCard).
  const signIn = (persona: Persona) =>
    run(persona.personId, async () => {
      await signInWithSmsCode(persona.phone ?? '');
      // The previous person's answers must not show for a moment under the new name.
      clearQueries();
      await refetch();
      return `已以${persona.name}的身份登录，应用的各个页面都会按${persona.name}显示`;
    });

  return (
    <View className="qa-section" role="region" aria-label="人物">
      <View className="qa-section__head">
        <Text className="hint">
          演示人物都是虚构的；点击登录即走正常的短信验证码登录（验证码 {MOCK_SMS_CODE}）。
        </Text>
        <Button onClick={() => void refetch()}>刷新</Button>
      </View>
      <OutcomeBanner outcome={outcome} />
      {loadError ? <ErrorState message={loadError.message} onRetry={() => void refetch()} /> : null}
      {!personas && !loadError ? <Loading /> : null}
      {personas?.map((persona) => (
        <PersonaCard
          key={persona.personId}
          persona={persona}
          current={persona.personId === currentId}
          busy={busy === persona.personId}
          onSignIn={() => void signIn(persona)}
        />
      ))}
    </View>
  );
}
