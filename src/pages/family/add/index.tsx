import { Text, View } from '@tarojs/components';
import { requiredMaterials, MATERIAL_LABELS } from '@/regions/materials';
import { askForResultMessages } from '@/features/messages';
import { useBind, useDrafts, useRelation } from '@/features/relations';
import { missingMaterials } from '@/features/relations';
import { Button } from '@/ui/Button';
import { NOTICE_VERSION } from '@/features/relations';
import { MaterialsCard } from '@/features/relations';
import { ROUTES, goTo, replaceWith } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { RelativeForm } from '@/features/relations';
import { RequireNotice, type SignedInRegion } from '@/features/shell';
import { useMaterialUploads } from '@/features/relations';
import { useRelativeForm } from '@/features/relations';
import { useSingleFlight } from '@/ui/useSingleFlight';
import { ErrorBanner } from '@/ui/States';

/** The 承诺书 signed on screen, beside the photo of a signed paper copy. */
function LetterAction() {
  return (
    <>
      <Button block onClick={() => goTo(ROUTES.letter)}>
        在手机上阅读并签署承诺书
      </Button>
      <Text className="hint">也可以照承诺书内容打印或抄写，签名后拍照上传。</Text>
    </>
  );
}

/** 添加共济关系 (粤医保): the relative's details, their papers, then one application for review. */
function RelationApplication({ sponsor, region }: SignedInRegion) {
  const form = useRelativeForm(sponsor, region);
  const uploads = useMaterialUploads(sponsor.personId);
  const binding = useBind();
  const rememberSent = useDrafts((state) => state.rememberSent);
  const once = useSingleFlight();
  const { draft } = form;
  // 重新申请: the reason the earlier application was 未通过, shown where the person fixes it.
  const { data: earlier } = useRelation(draft.resubmitOf ?? '');
  const rejectReason = earlier?.status === 'rejected' ? earlier.rejectReason : null;
  const slots = draft.relationship ? requiredMaterials(region.flowKind, draft.relationship) : [];
  const missing = missingMaterials(draft, region.flowKind);
  const ready = form.passed && missing.length === 0;

  const submit = () =>
    once(async () => {
      if (!ready || !form.relative) return;
      // Asked within the tap, as WeChat requires; whatever the answer, the application goes.
      void askForResultMessages();
      const relation = await binding
        .mutate({
          ...form.relative,
          materialIds: slots
            .map((kind) => draft.materials[kind]?.materialId)
            .filter((id): id is string => Boolean(id)),
          consentVersion: NOTICE_VERSION,
          idempotencyKey: draft.idempotencyKey,
        })
        .catch(() => null); // the refusal is binding.error, shown below
      if (relation) {
        rememberSent(relation.id, draft);
        form.clear();
        replaceWith(ROUTES.submitted, { id: relation.id, status: relation.status });
      }
    });

  return (
    <Page className="add-relative">
      <Text className="page__title">添加共济关系</Text>
      <Text className="hint">填写要共济的亲属（{region.terms.beneficiary}）的信息，填写内容会自动保存。</Text>
      {rejectReason ? (
        <View className="banner banner--warning" role="note">
          {`上次未通过的原因：${rejectReason}`}
        </View>
      ) : null}
      <RelativeForm
        form={form}
        title={`${region.terms.beneficiary}信息`}
        eligibleText="核验通过：该亲属可以绑定"
      />
      {form.eligibility.state === 'eligible' && slots.length > 0 ? (
        <>
          {rejectReason ? (
            <Text className="hint">
              {`请对照未通过原因检查材料：${rejectReason}。上次的照片都已保留，需要重拍的请删除后重新上传。需要的材料：${slots.map((kind) => MATERIAL_LABELS[kind]).join('、')}。`}
            </Text>
          ) : null}
          <MaterialsCard
            slots={slots}
            materials={draft.materials}
            uploads={uploads}
            slotActions={{ 'commitment-letter': <LetterAction /> }}
          />
        </>
      ) : null}
      <ErrorBanner message={binding.error?.message} />
      <Button kind="primary" block disabled={!ready} loading={binding.pending} onClick={() => void submit()}>
        {binding.pending ? '正在提交…' : '提交'}
      </Button>
      {!ready && form.eligibility.state === 'eligible' ? (
        <Text className="hint">
          {form.needsFace && !form.faceDone ? '请先完成人脸验证。' : ''}
          {missing.length > 0 ? `还需上传：${missing.map((kind) => MATERIAL_LABELS[kind]).join('、')}` : ''}
        </Text>
      ) : null}
    </Page>
  );
}

export default function AddRelativePage() {
  return <RequireNotice>{(session) => <RelationApplication {...session} />}</RequireNotice>;
}
