import { Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { relationshipLabel } from '@/domain';
import * as services from '@/services';
import { newIdempotencyKey, useFamily } from '@/features/relations';
import { selectRegion, useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { Checkbox } from '@/ui/Checkbox';
import { COMMITMENT_VERSION, commitmentParagraphs } from '@/features/household';
import { ROUTES, goBack, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { SignInFirst } from '@/features/shell';
import { SignaturePad, type SignaturePadHandle } from '@/ui/SignaturePad';
import { EmptyState, ErrorBanner, ErrorState, Loading } from '@/ui/States';
import { useSingleFlight } from '@/ui/useSingleFlight';

const PLEDGE = '本人承诺添加的共济对象身份真实有效';

type Step = 'idle' | 'uploading' | 'binding';

/** 绑定 a family member: read and sign the 个人承诺书; instant review makes the binding effective at once. */
export default function CommitmentPage() {
  const { memberId = '' } = usePageParams();
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  const household = useFamily((state) => state.household);
  const loading = useFamily((state) => state.requests.household);
  const loadHousehold = useFamily((state) => state.loadHousehold);
  const bind = useFamily((state) => state.bind);
  const [agreed, setAgreed] = useState(false);
  const [signed, setSigned] = useState(false);
  const [step, setStep] = useState<Step>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const pad = useRef<SignaturePadHandle>(null);
  // One upload and one key per signature: a retry after a lost answer is the same request.
  const signature = useRef<{ materialId: string | null; key: string }>({
    materialId: null,
    key: newIdempotencyKey(),
  });
  const once = useSingleFlight();

  useDidShow(() => {
    void loadHousehold();
  });

  const back = () => goBack(ROUTES.household);

  if (!sponsor || !region) return <SignInFirst />;
  if (household === undefined) {
    return (
      <Page>
        {loading.error ? (
          <ErrorState message={loading.error.message} onRetry={() => void loadHousehold()} />
        ) : (
          <Loading />
        )}
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
    signature.current = { materialId: null, key: newIdempotencyKey() };
  };

  const confirm = () =>
    once(async () => {
      if (!agreed || !signed || !pad.current) return;
      setFailure(null);
      try {
        let { materialId } = signature.current;
        if (!materialId) {
          setStep('uploading');
          const filePath = await pad.current.exportImage();
          materialId = (await services.uploadMaterial('commitment-signature', { filePath })).materialId;
          signature.current.materialId = materialId;
        }
        setStep('binding');
        const relation = await bind({
          memberId: member.id,
          materialIds: [materialId],
          consentVersion: COMMITMENT_VERSION,
          idempotencyKey: signature.current.key,
        });
        if (!relation) {
          setFailure(useFamily.getState().requests.bind.error?.message ?? null);
          return;
        }
        void Taro.showToast({ title: '绑定成功，已生效', icon: 'success' });
        back();
      } catch (error) {
        setFailure(error instanceof services.ServiceError ? error.message : '签名保存失败，请清除后重新签名');
      } finally {
        setStep('idle');
      }
    });

  const paragraphs = commitmentParagraphs(region, {
    sponsorName: sponsor.maskedName,
    memberName: member.person.maskedName,
    relationship: relationshipLabel(member.relationship),
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
      <ErrorBanner message={failure} />
      <Button
        kind="primary"
        block
        disabled={!agreed || !signed}
        loading={step !== 'idle'}
        onClick={() => void confirm()}
      >
        {step === 'uploading' ? '正在保存签名…' : step === 'binding' ? '正在绑定…' : '签署并绑定'}
      </Button>
      <Text className="hint">
        {!agreed ? `请先勾选“${PLEDGE}”。` : !signed ? '请在签名区域手写签名。' : region.reviewDescription}
      </Text>
    </Page>
  );
}
