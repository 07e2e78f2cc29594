import { Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { relationshipSeenBy } from '@/domain';
import { selectRegion, useOwnName, useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { Checkbox } from '@/ui/Checkbox';
import { commitmentParagraphs, useCommitmentBind, useHousehold } from '@/features/household';
import { ROUTES, goBack, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { SignInFirst } from '@/features/shell';
import { SignaturePad, type SignaturePadHandle } from '@/ui/SignaturePad';
import { EmptyState, ErrorBanner, ErrorState, Loading } from '@/ui/States';
import { useSingleFlight } from '@/ui/useSingleFlight';

const PLEDGE = '本人承诺添加的共济对象身份真实有效';

/** 绑定 a family member: read and sign the 个人承诺书; instant review makes the binding effective at once. */
export default function CommitmentPage() {
  const { memberId = '' } = usePageParams();
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  const ownName = useOwnName();
  const { data: household, error: loadError, refetch } = useHousehold();
  const binding = useCommitmentBind(memberId);
  const [agreed, setAgreed] = useState(false);
  const [signed, setSigned] = useState(false);
  const pad = useRef<SignaturePadHandle>(null);
  const once = useSingleFlight();

  useDidShow(() => {
    void refetch();
  });

  const back = () => goBack(ROUTES.household);

  if (!sponsor || !region) return <SignInFirst />;
  if (household === undefined) {
    return (
      <Page>
        {loadError ? <ErrorState message={loadError.message} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }
  const member =
    household?.viewerRole === 'owner'
      ? household.members.find((candidate) => candidate.id === memberId)
      : undefined;
  if (!member || member.state !== 'unbound') {
    const title = !member
      ? '未找到该家庭成员，请返回家庭页面刷新后重试'
      : member.state === 'bound'
        ? `${member.person.maskedName}已绑定，无需重复绑定`
        : `${member.person.maskedName}已被其他职工绑定，一人只能由一名职工共济，暂不能绑定`;
    return (
      <Page>
        <EmptyState title={title}>
          <Button onClick={back}>返回家庭</Button>
        </EmptyState>
      </Page>
    );
  }

  const onSignatureChange = (isSigned: boolean) => {
    setSigned(isSigned);
    binding.resetSignature();
  };

  const confirm = () =>
    once(async () => {
      const signaturePad = pad.current;
      if (!agreed || !signed || !signaturePad) return;
      // The refusal is binding.error, shown below.
      const relation = await binding.mutate(() => signaturePad.exportImage()).catch(() => null);
      if (!relation) return;
      void Taro.showToast({ title: '绑定成功，已生效', icon: 'success' });
      back();
    });

  const paragraphs = commitmentParagraphs(region, {
    // Masked only until the back end has said the name, or when it cannot.
    sponsorName: ownName ?? sponsor.maskedName,
    memberName: member.person.maskedName,
    relationship: relationshipSeenBy(member.relationship, 'sponsor', member.person.maskedIdNumber),
  });

  return (
    <Page className="commitment">
      <Text className="page__title">个人承诺书</Text>
      <Card>
        {paragraphs.map((paragraph) => (
          <Text key={paragraph} className="notice__item">
            {paragraph}
          </Text>
        ))}
      </Card>
      <Checkbox checked={agreed} onChange={setAgreed}>
        {PLEDGE}
      </Checkbox>
      <Card title="手写签名">
        <SignaturePad ref={pad} canvasId="commitment-signature" onChange={onSignatureChange} />
      </Card>
      <ErrorBanner message={binding.error?.message} />
      <Button
        kind="primary"
        block
        disabled={!agreed || !signed}
        loading={binding.pending}
        onClick={() => void confirm()}
      >
        {binding.step === 'uploading'
          ? '正在保存签名…'
          : binding.step === 'binding'
            ? '正在绑定…'
            : '签署并绑定'}
      </Button>
      <Text className="hint">
        {!agreed ? `请先勾选“${PLEDGE}”。` : !signed ? '请在签名区域手写签名。' : region.reviewDescription}
      </Text>
    </Page>
  );
}
