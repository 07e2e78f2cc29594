import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useAddMember } from '@/features/household';
import { Button } from '@/ui/Button';
import { ROUTES, goBack } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { RelativeForm } from '@/features/relations';
import { RequireNotice, type SignedInRegion } from '@/features/shell';
import { useRelativeForm } from '@/features/relations';
import { useSingleFlight } from '@/ui/useSingleFlight';
import { ErrorBanner } from '@/ui/States';

/** 添加家庭成员 (河南医保): the same form as 粤医保's, and the member joins the family unbound. */
function MemberApplication({ sponsor, region }: SignedInRegion) {
  const form = useRelativeForm(sponsor, region);
  const adding = useAddMember();
  const once = useSingleFlight();
  const memberTerm = region.terms.member;

  const submit = () =>
    once(async () => {
      if (!form.relative) return;
      const member = await adding.mutate(form.relative).catch(() => null); // the refusal is adding.error, shown below
      if (!member) return;
      form.clear();
      void Taro.showToast({ title: `已添加${memberTerm}`, icon: 'success' });
      goBack(ROUTES.household);
    });

  return (
    <Page className="add-relative">
      <Text className="page__title">添加{memberTerm}</Text>
      <Text className="hint">
        {`填写${memberTerm}的信息，填写内容会自动保存。添加后可在${region.terms.relationshipAccount}页面为其绑定，成为${region.terms.beneficiary}。`}
      </Text>
      <RelativeForm
        form={form}
        title={`${memberTerm}信息`}
        eligibleText={`核验通过：可以添加为${memberTerm}`}
      />
      <ErrorBanner message={adding.error?.message} />
      <Button
        kind="primary"
        block
        disabled={!form.passed}
        loading={adding.pending}
        onClick={() => void submit()}
      >
        {adding.pending ? '正在添加…' : `添加${memberTerm}`}
      </Button>
      {!form.passed && form.needsFace && !form.faceDone ? (
        <Text className="hint">请先完成人脸验证。</Text>
      ) : null}
    </Page>
  );
}

export default function AddMemberPage() {
  return <RequireNotice>{(session) => <MemberApplication {...session} />}</RequireNotice>;
}
