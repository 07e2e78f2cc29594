import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { maskName, relationshipLabel } from '@/domain';
import { useOwnName } from '@/features/auth';
import { commitmentLetterFor, commitmentParagraphs } from '@/features/household';
import { emptyRelativeDraft, useDrafts, useMaterialUploads } from '@/features/relations';
import { Page, RequireNotice, type SignedInRegion } from '@/features/shell';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { Checkbox } from '@/ui/Checkbox';
import { ROUTES, goBack } from '@/ui/navigation';
import { SignaturePad, type SignaturePadHandle } from '@/ui/SignaturePad';
import { EmptyState, ErrorBanner } from '@/ui/States';
import { useSingleFlight } from '@/ui/useSingleFlight';

const PLEDGE = '本人已阅读并承诺以上内容真实';
const EXPORT_FAILED = '签名保存失败，请清除后重新签名';

/**
 * 承诺书 (粤医保): the letter for the relative being added, read and signed on screen; the signed
 * letter becomes the application's 承诺书 material, as a photo of a signed paper copy would.
 */
function SignLetter({ sponsor, region }: SignedInRegion) {
  const draft = useDrafts((state) => state.relative[sponsor.personId]) ?? emptyRelativeDraft();
  const ownName = useOwnName();
  const uploads = useMaterialUploads(sponsor.personId);
  const [agreed, setAgreed] = useState(false);
  const [signed, setSigned] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const pad = useRef<SignaturePadHandle>(null);
  const once = useSingleFlight();
  const back = () => goBack(ROUTES.addRelative);

  if (!draft.relationship || draft.name.trim() === '') {
    return (
      <Page>
        <EmptyState title="请先填写亲属的姓名和关系，再签署承诺书">
          <Button onClick={back}>返回填写</Button>
        </EmptyState>
      </Page>
    );
  }

  const { title } = commitmentLetterFor(region);
  const paragraphs = commitmentParagraphs(region, {
    // Masked only until the back end has said the name, or when it cannot.
    sponsorName: ownName ?? sponsor.maskedName,
    memberName: maskName(draft.name.trim()),
    relationship: relationshipLabel(draft.relationship),
  });

  const onSignatureChange = (isSigned: boolean) => {
    setSigned(isSigned);
    setExportError(null);
  };

  const sign = () =>
    once(async () => {
      const signaturePad = pad.current;
      if (!agreed || !signed || !signaturePad) return;
      const filePath = await signaturePad.exportImage().catch(() => null);
      if (filePath === null) {
        setExportError(EXPORT_FAILED);
        return;
      }
      if (!(await uploads.attach('commitment-letter', filePath))) return;
      void Taro.showToast({ title: '承诺书已签署', icon: 'success' });
      back();
    });

  return (
    <Page className="commitment">
      <Text className="page__title">{title}</Text>
      <Card>
        {paragraphs.map((paragraph) => (
          <Text key={paragraph} className="notice__item">
            {paragraph}
          </Text>
        ))}
        <Text className="notice__item">签署日期：{dayjs().format('YYYY年M月D日')}</Text>
      </Card>
      <Text className="hint">也可以照以上内容打印或抄写，签名后回到上一页拍照上传。</Text>
      <Checkbox checked={agreed} onChange={setAgreed}>
        {PLEDGE}
      </Checkbox>
      <Card title="手写签名">
        <SignaturePad ref={pad} canvasId="letter-signature" onChange={onSignatureChange} />
      </Card>
      <ErrorBanner message={exportError ?? uploads.errors['commitment-letter']} />
      <Button
        kind="primary"
        block
        disabled={!agreed || !signed}
        loading={uploads.uploading === 'commitment-letter'}
        onClick={() => void sign()}
      >
        {uploads.uploading === 'commitment-letter' ? '正在保存签名…' : `签署${title}`}
      </Button>
      <Text className="hint">
        {!agreed
          ? `请先勾选“${PLEDGE}”。`
          : !signed
            ? '请在签名区域手写签名。'
            : '签署后回到申请页面继续提交。'}
      </Text>
    </Page>
  );
}

export default function LetterPage() {
  return <RequireNotice>{(session) => <SignLetter {...session} />}</RequireNotice>;
}
