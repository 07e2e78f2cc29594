import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { validatePhone } from '@/domain';
import { usePreferences } from '@/features/shell';
import { useRequestSmsCode, useSession } from '@/features/auth';
import { AGREEMENT_VERSION } from '@/features/legal';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { Field } from '@/ui/Field';
import { TextLink } from '@/ui/TextLink';
import { ROUTES, goTo, isRoute, replaceWith, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { useCountdown } from '@/ui/useCountdown';
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

export default function LoginPage() {
  const params = usePageParams();
  const { signIn, signingIn, error, expired } = useSession(
    useShallow(({ signIn, signingIn, error, expired }) => ({ signIn, signingIn, error, expired })),
  );
  const acceptAgreement = usePreferences((state) => state.acceptAgreement);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  // Never ticked in advance: the phone cannot know who is signing in, and each person agrees for themself.
  const [agreed, setAgreed] = useState(false);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sending = useRequestSmsCode();
  const [secondsLeft, startCountdown] = useCountdown();

  async function sendCode() {
    const checked = validatePhone(phone);
    if (!checked.ok) {
      setPhoneError(checked.error.message);
      return;
    }
    setPhoneError(null);
    // The last answer goes while the new one is on its way: a failure that repeats is seen again.
    setNotice(null);
    // A refusal is sending.error, shown under the field.
    const sent = await sending.mutate(checked.value).catch(() => null);
    if (!sent) return;
    startCountdown(sent.cooldownSeconds);
    setNotice('验证码已发送，请查看短信');
  }

  async function submit() {
    const checked = validatePhone(phone);
    if (!checked.ok) {
      setPhoneError(checked.error.message);
      return;
    }
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError('请输入短信中的6位数字验证码');
      return;
    }
    setCodeError(null);
    if (await signIn(checked.value, code.trim())) {
      // Recorded under the person id the back end returned, never under a phone or ID number.
      const personId = useSession.getState().sponsor?.personId;
      if (personId) acceptAgreement(personId, AGREEMENT_VERSION);
      const back = parseRedirect(params.redirect);
      if (back && isRoute(back.route)) replaceWith(back.route, back.params);
      else replaceWith(ROUTES.home);
    }
  }

  return (
    <Page className="login">
      <Text className="page__title">手机号登录</Text>
      {expired ? (
        <View className="banner banner--warning" role="alert">
          登录已过期，请重新登录；您填写的内容都已保存。
        </View>
      ) : null}
      <Field
        label="手机号"
        type="number"
        maxlength={11}
        value={phone}
        placeholder="请输入参保登记的手机号"
        error={phoneError}
        onChange={(value) => {
          setPhone(value);
          setPhoneError(null);
        }}
      />
      <View className="code-line">
        <Field
          label="验证码"
          type="number"
          maxlength={6}
          value={code}
          placeholder="6位数字"
          error={codeError}
          onChange={(value) => {
            setCode(value);
            setCodeError(null);
          }}
        />
        <Button onClick={sendCode} disabled={secondsLeft > 0} loading={sending.pending}>
          {secondsLeft > 0 ? `${secondsLeft}秒后重新获取` : '获取验证码'}
        </Button>
      </View>
      {notice ? (
        <View className="banner" aria-live="polite">
          {notice}
        </View>
      ) : null}
      <ErrorBanner message={sending.error?.message} />
      <View className="agreement-line">
        <Checkbox checked={agreed} onChange={setAgreed} label="我已阅读并同意《用户服务协议》和《隐私政策》">
          我已阅读并同意
        </Checkbox>
        <TextLink onOpen={() => goTo(ROUTES.agreement)}>《用户服务协议》</TextLink>
        <Text>和</Text>
        <TextLink onOpen={() => goTo(ROUTES.privacy)}>《隐私政策》</TextLink>
      </View>
      <ErrorBanner message={error?.message} />
      <Button kind="primary" block disabled={!agreed} loading={signingIn} onClick={submit}>
        登录
      </Button>
      {!agreed ? <Text className="hint">请先阅读并勾选同意《用户服务协议》和《隐私政策》</Text> : null}
    </Page>
  );
}
