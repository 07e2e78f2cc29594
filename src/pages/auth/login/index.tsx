import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { validatePhone } from '@/domain';
import { usePreferences } from '@/features/shell';
import {
  PhoneSignInButton,
  phoneSignIn,
  useRequestSmsCode,
  useSession,
  useSmsCooldown,
  useSmsCooldowns,
} from '@/features/auth';
import type { PhoneButtonEvent } from '@/platform/signIn-types';
import { AGREEMENT_VERSION } from '@/features/legal';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { Field } from '@/ui/Field';
import { TextLink } from '@/ui/TextLink';
import { ROUTES, goTo, isRoute, replaceWith, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { ErrorBanner } from '@/ui/States';
import './index.scss';

function parseRedirect(value: string | undefined): { route: string; params: Record<string, string> } | null {
  if (!value) return null;
  const [route, query = ''] = value.split('?');
  if (!isRoute(route)) return null;
  const params: Record<string, string> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const [key, raw = ''] = pair.split('=');
    params[decodeURIComponent(key)] = decodeURIComponent(raw);
  }
  return { route, params };
}

/**
 * What the page says, one thing at a time: each answer replaces the one before, so a refusal that no
 * longer applies never stands next to a newer one. `field` puts it under that field instead.
 */
interface Message {
  text: string;
  tone: 'error' | 'warning' | 'info';
  field?: 'phone' | 'code';
}

const AGREE_FIRST = '请先阅读并勾选同意《用户服务协议》和《隐私政策》';
const EXPIRED_MESSAGE = '登录已过期，请重新登录；您填写的内容都已保存。';

function MessageLine({ message }: { message: Message | null }) {
  if (!message || message.field) return null;
  if (message.tone === 'error') return <ErrorBanner message={message.text} />;
  if (message.tone === 'warning') {
    return (
      <View className="banner banner--warning" role="alert">
        {message.text}
      </View>
    );
  }
  return (
    <View className="banner" aria-live="polite">
      {message.text}
    </View>
  );
}

export default function LoginPage() {
  const params = usePageParams();
  const { signIn, signInWithPlatform, signingIn, expired } = useSession(
    useShallow(({ signIn, signInWithPlatform, signingIn, expired }) => ({
      signIn,
      signInWithPlatform,
      signingIn,
      expired,
    })),
  );
  const acceptAgreement = usePreferences((state) => state.acceptAgreement);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  // Never ticked in advance: the phone cannot know who is signing in, and each person agrees for themself.
  const [agreed, setAgreed] = useState(false);
  // Until the person does something, a session that ended is what the page has to say.
  const [message, setMessage] = useState<Message | null>(() =>
    expired ? { text: EXPIRED_MESSAGE, tone: 'warning' } : null,
  );
  const sending = useRequestSmsCode();
  const secondsLeft = useSmsCooldown(phone);
  const startCooldown = useSmsCooldowns((state) => state.start);

  async function sendCode() {
    const checked = validatePhone(phone);
    if (!checked.ok) {
      setMessage({ text: checked.error.message, tone: 'error', field: 'phone' });
      return;
    }
    // The last answer goes while the new one is on its way: a failure that repeats is seen again.
    setMessage(null);
    try {
      const sent = await sending.mutate(checked.value);
      startCooldown(checked.value, sent.cooldownSeconds);
      setMessage({ text: '验证码已发送，请查看短信', tone: 'info' });
    } catch (error) {
      // The mutation rejects with the back end's refusal, worded for the person.
      setMessage({ text: error instanceof Error ? error.message : '验证码没有发出，请重试', tone: 'error' });
    }
  }

  async function submit() {
    const checked = validatePhone(phone);
    if (!checked.ok) {
      setMessage({ text: checked.error.message, tone: 'error', field: 'phone' });
      return;
    }
    if (!/^\d{6}$/.test(code.trim())) {
      setMessage({ text: '请输入短信中的6位数字验证码', tone: 'error', field: 'code' });
      return;
    }
    setMessage(null);
    if (await signIn(checked.value, code.trim())) signedIn();
    else showRefusal();
  }

  /** WeChat / Alipay: the phone number the platform verified, exchanged by the back end. */
  async function signInWithPhoneButton(event: PhoneButtonEvent) {
    if (!phoneSignIn) return;
    // The native button is disabled until the tick, but its event is checked too: consent comes first.
    if (!agreed) {
      setMessage({ text: AGREE_FIRST, tone: 'error' });
      return;
    }
    setMessage(null);
    const { label, platformName } = phoneSignIn;
    const answer = await phoneSignIn.authorize(event);
    if (answer.kind === 'refused') {
      setMessage({
        text: `您没有允许使用${platformName}绑定的手机号。想快捷登录，请再点一次“${label}”并选择“允许”；也可以在下面用短信验证码登录。`,
        tone: 'error',
      });
    } else if (answer.kind === 'failed') {
      setMessage({
        text: `没能取得${platformName}绑定的手机号，请再试一次，或在下面用短信验证码登录。`,
        tone: 'error',
      });
    } else if (await signInWithPlatform(answer.credentials)) {
      signedIn();
    } else {
      showRefusal();
    }
  }

  function showRefusal() {
    const refusal = useSession.getState().error;
    setMessage({ text: refusal?.message ?? '登录没有完成，请重试', tone: 'error' });
  }

  function signedIn() {
    // Recorded under the person id the back end returned, never under a phone or ID number.
    const personId = useSession.getState().sponsor?.personId;
    if (personId) acceptAgreement(personId, AGREEMENT_VERSION);
    const back = parseRedirect(params.redirect);
    if (back && isRoute(back.route)) replaceWith(back.route, back.params);
    else replaceWith(ROUTES.home);
  }

  const agreementLine = (
    <View className="agreement-line">
      <Checkbox checked={agreed} onChange={setAgreed} label="我已阅读并同意《用户服务协议》和《隐私政策》">
        我已阅读并同意
      </Checkbox>
      <TextLink onOpen={() => goTo(ROUTES.agreement)}>《用户服务协议》</TextLink>
      <Text>和</Text>
      <TextLink onOpen={() => goTo(ROUTES.privacy)}>《隐私政策》</TextLink>
    </View>
  );

  return (
    <Page className="login">
      <Text className="page__title">手机号登录</Text>
      {phoneSignIn ? (
        <View className="platform-sign-in">
          {agreementLine}
          <PhoneSignInButton
            label={phoneSignIn.label}
            disabled={!agreed}
            loading={signingIn}
            onEvent={(event) => void signInWithPhoneButton(event)}
          />
          <Text className="hint">也可以用参保登记的手机号，通过短信验证码登录：</Text>
        </View>
      ) : null}
      <Field
        label="手机号"
        type="number"
        maxlength={11}
        value={phone}
        placeholder="请输入参保登记的手机号"
        error={message?.field === 'phone' ? message.text : null}
        onChange={(value) => {
          setPhone(value);
          if (message?.field === 'phone') setMessage(null);
        }}
      />
      <View className="code-line">
        <Field
          label="验证码"
          type="number"
          maxlength={6}
          value={code}
          placeholder="6位数字"
          error={message?.field === 'code' ? message.text : null}
          onChange={(value) => {
            setCode(value);
            if (message?.field === 'code') setMessage(null);
          }}
        />
        <Button onClick={sendCode} disabled={secondsLeft > 0} loading={sending.pending}>
          {secondsLeft > 0 ? `${secondsLeft}秒后重新获取` : '获取验证码'}
        </Button>
      </View>
      <MessageLine message={message} />
      {phoneSignIn ? null : agreementLine}
      <Button kind="primary" block disabled={!agreed} loading={signingIn} onClick={submit}>
        登录
      </Button>
      {!agreed ? <Text className="hint">{AGREE_FIRST}</Text> : null}
    </Page>
  );
}
