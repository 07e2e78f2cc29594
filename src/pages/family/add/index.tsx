import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RELATIONSHIPS, type RelationshipCode } from '@/domain';
import { MATERIAL_LABELS, requiredMaterials, type MaterialKind } from '@/regions/materials';
import * as services from '@/services';
import { emptyRelativeDraft, selectRegion, useDrafts, useFamily, useSession, usePreferences } from '@/store';
import { checkTypedRelative, missingMaterials, type RelativeField } from '@/store/relativeForm';
import { Button } from '@/components/Button';
import { Card } from '@/components/Card';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { Field } from '@/components/Field';
import { NOTICE_VERSION } from '@/components/familyNotice';
import { ROUTES, goTo, replaceWith } from '@/components/navigation';
import { Page } from '@/components/Page';
import { PhotoSlot } from '@/components/PhotoSlot';
import { EmptyState } from '@/components/States';

type Eligibility =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'eligible'; needsFaceVerification: boolean }
  | { state: 'refused'; message: string }
  | { state: 'failed'; message: string };

const ELIGIBILITY_DELAY_MS = 400;

export default function AddRelativePage() {
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  const ownerId = sponsor?.personId ?? '';
  const storedDraft = useDrafts((state) => state.relative[ownerId]);
  const updateDraft = useDrafts((state) => state.updateRelative);
  const clearDraft = useDrafts((state) => state.clearRelative);
  const bind = useFamily((state) => state.bind);
  const binding = useFamily((state) => state.requests.bind);
  const noticeAccepted = usePreferences((state) => (region ? state.acceptedNotices[region.id] === NOTICE_VERSION : false));
  const draft = storedDraft ?? emptyRelativeDraft();

  const [blurred, setBlurred] = useState<ReadonlySet<RelativeField>>(new Set());
  const [eligibility, setEligibility] = useState<Eligibility>({ state: 'idle' });
  const [uploading, setUploading] = useState<MaterialKind | null>(null);
  const [uploadErrors, setUploadErrors] = useState<Partial<Record<MaterialKind, string>>>({});
  const [verifying, setVerifying] = useState(false);
  const [faceError, setFaceError] = useState<string | null>(null);
  const [eligibilityAttempt, setEligibilityAttempt] = useState(0);
  const submitting = useRef(false);

  // The draft exists from the first visit, so its idempotency key survives every retry.
  useEffect(() => {
    if (ownerId && !storedDraft) updateDraft(ownerId, {});
  }, [ownerId, storedDraft, updateDraft]);

  const today = dayjs().format('YYYY-MM-DD');
  const typed = useMemo(
    () =>
      region
        ? checkTypedRelative(draft, { sponsorBirthDate: sponsor?.birthDate ?? null, region, today, blurred })
        : null,
    [draft, sponsor?.birthDate, region, today, blurred],
  );

  // What only the back end knows (insured status, 参保地, existing bindings), asked once typing settles.
  const eligibilityKey = typed?.complete ? `${draft.name.trim()}|${typed.idNumber}|${draft.relationship}` : '';
  useEffect(() => {
    if (!eligibilityKey || !typed?.idNumber || !draft.relationship) {
      setEligibility({ state: 'idle' });
      return undefined;
    }
    let current = true;
    setEligibility({ state: 'checking' });
    const timer = setTimeout(() => {
      services
        .checkEligibility({ name: draft.name.trim(), idNumber: typed.idNumber as string, relationship: draft.relationship as RelationshipCode })
        .then((answer) => {
          if (current) setEligibility({ state: 'eligible', needsFaceVerification: answer.needsFaceVerification });
        })
        .catch((error: services.ServiceError) => {
          if (!current) return;
          // A refusal has a 4xx status; anything else is the network, which a retry may fix.
          setEligibility(
            error.status >= 400 && error.status < 500 && error.status !== 401
              ? { state: 'refused', message: error.message }
              : { state: 'failed', message: error.message },
          );
        });
    }, ELIGIBILITY_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key holds every input that matters
  }, [eligibilityKey, eligibilityAttempt]);

  if (!sponsor || !region) {
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
  if (!noticeAccepted) {
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

  const update = (patch: Partial<typeof draft>) => updateDraft(ownerId, patch);
  const blur = (field: RelativeField) => setBlurred((previous) => new Set(previous).add(field));
  const errors = typed?.errors ?? {};
  const needsFace = eligibility.state === 'eligible' && eligibility.needsFaceVerification;
  const faceDone = draft.verification !== null && draft.verification.idNumber === typed?.idNumber;
  const missing = missingMaterials(draft, region.flowKind);
  const slots = draft.relationship ? requiredMaterials(region.flowKind, draft.relationship) : [];
  const ready = eligibility.state === 'eligible' && missing.length === 0 && (!needsFace || faceDone);

  async function pickPhoto(kind: MaterialKind) {
    let picked: Taro.chooseImage.SuccessCallbackResult;
    try {
      picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    } catch {
      return; // The person closed the picker: nothing to do.
    }
    const file = picked.tempFiles[0];
    if (!file) return;
    setUploading(kind);
    setUploadErrors((previous) => ({ ...previous, [kind]: undefined }));
    try {
      const material = await services.uploadMaterial(kind, {
        filePath: file.path,
        size: file.size,
        file: (file as { originalFileObj?: Blob }).originalFileObj,
      });
      updateDraft(ownerId, {
        materials: { ...useDrafts.getState().relative[ownerId]?.materials, [kind]: { materialId: material.materialId, previewPath: file.path } },
      });
    } catch (error) {
      setUploadErrors((previous) => ({ ...previous, [kind]: (error as services.ServiceError).message }));
    } finally {
      setUploading(null);
    }
  }

  function removePhoto(kind: MaterialKind) {
    const materials = { ...draft.materials };
    delete materials[kind];
    update({ materials });
  }

  async function verifyFace() {
    if (!typed?.idNumber) return;
    setVerifying(true);
    setFaceError(null);
    try {
      const { verificationId } = await services.verifyFace({ name: draft.name.trim(), idNumber: typed.idNumber });
      update({ verification: { verificationId, idNumber: typed.idNumber } });
    } catch (error) {
      setFaceError((error as services.ServiceError).message);
    } finally {
      setVerifying(false);
    }
  }

  async function submit() {
    if (!ready || submitting.current || !typed?.idNumber || !draft.relationship) return;
    submitting.current = true;
    const relation = await bind({
      name: draft.name.trim(),
      idNumber: typed.idNumber,
      relationship: draft.relationship,
      phone: draft.phone.trim() || undefined,
      materialIds: slots.map((kind) => draft.materials[kind]?.materialId).filter((id): id is string => Boolean(id)),
      verificationId: needsFace ? draft.verification?.verificationId : undefined,
      consentVersion: NOTICE_VERSION,
      idempotencyKey: draft.idempotencyKey,
    });
    submitting.current = false;
    if (relation) {
      clearDraft(ownerId);
      replaceWith(ROUTES.submitted, { id: relation.id, status: relation.status });
    }
  }

  const allowed = new Set<string>(region.allowedRelationships);
  const choices = RELATIONSHIPS.map((option) => ({
    value: option.code,
    label: allowed.has(option.code) ? option.label : `${option.label}（暂不支持）`,
  }));

  return (
    <Page className="add-relative">
      <Text className="page__title">添加共济关系</Text>
      <Text className="hint">填写要共济的亲属（{region.terms.beneficiary}）的信息，填写内容会自动保存。</Text>
      <Card title={`${region.terms.beneficiary}信息`}>
        <Field label="姓名" value={draft.name} placeholder="与身份证上的姓名一致" error={errors.name} maxlength={20} onChange={(name) => update({ name })} onBlur={() => blur('name')} />
        <Field label="身份证号" type="idcard" value={draft.idNumber} placeholder="18位居民身份证号码" error={errors.idNumber} maxlength={22} onChange={(idNumber) => update({ idNumber })} onBlur={() => blur('idNumber')} />
        <ChoiceGroup label="与您的关系" choices={choices} value={draft.relationship} error={errors.relationship} onChange={(relationship) => update({ relationship })} />
        <Field label="手机号（选填）" type="number" value={draft.phone} placeholder="亲属的手机号" error={errors.phone} maxlength={13} onChange={(phone) => update({ phone })} onBlur={() => blur('phone')} />
      </Card>

      {eligibility.state === 'checking' ? <View className="banner" aria-live="polite">正在核验亲属参保信息…</View> : null}
      {eligibility.state === 'refused' ? (
        <View className="banner banner--error" role="alert">
          {eligibility.message}
        </View>
      ) : null}
      {eligibility.state === 'failed' ? (
        <View className="banner banner--error" role="alert">
          {eligibility.message}
          <Button onClick={() => setEligibilityAttempt((attempt) => attempt + 1)}>重试</Button>
        </View>
      ) : null}
      {eligibility.state === 'eligible' ? <View className="banner banner--ok">核验通过：该亲属可以绑定</View> : null}

      {eligibility.state === 'eligible' && needsFace ? (
        <Card title="人脸验证">
          <Text className="card__text">该亲属已满16周岁，需由亲属本人完成人脸验证。</Text>
          {faceDone ? (
            <Text className="banner banner--ok">人脸验证已通过</Text>
          ) : (
            <Button kind="primary" loading={verifying} onClick={() => void verifyFace()}>
              开始人脸验证
            </Button>
          )}
          {faceError ? (
            <View className="field__error" role="alert">
              {faceError}
            </View>
          ) : null}
        </Card>
      ) : null}

      {slots.length > 0 ? (
        <Card title="上传材料">
          <Text className="card__text">请拍摄清晰、完整的照片（JPG或PNG，不超过5MB）。</Text>
          {slots.map((kind) => (
            <PhotoSlot
              key={kind}
              label={MATERIAL_LABELS[kind]}
              previewPath={draft.materials[kind]?.previewPath ?? null}
              uploaded={Boolean(draft.materials[kind])}
              busy={uploading === kind}
              error={uploadErrors[kind]}
              onPick={() => void pickPhoto(kind)}
              onDelete={() => removePhoto(kind)}
            />
          ))}
        </Card>
      ) : null}

      {binding.error ? (
        <View className="banner banner--error" role="alert">
          {binding.error.message}
        </View>
      ) : null}
      <Button kind="primary" block disabled={!ready} loading={binding.loading} onClick={() => void submit()}>
        {binding.loading ? '正在提交…' : '提交'}
      </Button>
      {!ready && eligibility.state === 'eligible' ? (
        <Text className="hint">
          {needsFace && !faceDone ? '请先完成人脸验证。' : ''}
          {missing.length > 0 ? `还需上传：${missing.map((kind) => MATERIAL_LABELS[kind]).join('、')}` : ''}
        </Text>
      ) : null}
    </Page>
  );
}
