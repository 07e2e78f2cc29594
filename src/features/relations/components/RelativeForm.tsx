import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/Button';
import { FaceVerification } from '@/features/verify';
import { Card } from '@/ui/Card';
import { PickerSheet } from '@/ui/PickerSheet';
import { Field } from '@/ui/Field';
import type { RelativeFormModel } from '../useRelativeForm';
import { OfflineLink } from '@/ui/OfflineLink';

export interface RelativeFormProps {
  form: RelativeFormModel;
  /** 使用人信息 / 家庭成员信息 */
  title: string;
  /** What a passed back-end check means in this flow. */
  eligibleText: string;
}

/** The relative's details, the back end's verdict on them and the face verification step. */
export function RelativeForm({ form, title, eligibleText }: RelativeFormProps) {
  const { draft, errors, eligibility, update, blur } = form;
  return (
    <>
      <Card title={title}>
        <Field
          label="姓名"
          value={draft.name}
          placeholder="与身份证上的姓名一致"
          error={errors.name}
          maxlength={20}
          onChange={(name) => update({ name })}
          onBlur={() => blur('name')}
        />
        <Field
          label="身份证号"
          type="idcard"
          value={draft.idNumber}
          placeholder="18位居民身份证号码"
          error={errors.idNumber}
          maxlength={22}
          onChange={(idNumber) => update({ idNumber })}
          onBlur={() => blur('idNumber')}
        />
        <PickerSheet
          label="与您的关系"
          choices={form.relationshipChoices}
          value={draft.relationship}
          valueText={form.relationshipText}
          note={form.relationshipScopeNote}
          error={errors.relationship}
          onChange={(relationship) => update({ relationship })}
        />
        <Field
          label="手机号（选填）"
          type="number"
          value={draft.phone}
          placeholder="亲属的手机号"
          error={errors.phone}
          maxlength={13}
          onChange={(phone) => update({ phone })}
          onBlur={() => blur('phone')}
        />
      </Card>

      {eligibility.state === 'checking' ? (
        <View className="banner" aria-live="polite">
          正在核验亲属参保信息…
        </View>
      ) : null}
      {eligibility.state === 'refused' ? (
        <View className="banner banner--error" role="alert">
          {eligibility.message}
        </View>
      ) : null}
      {eligibility.state === 'failed' ? (
        <View className="banner banner--error" role="alert">
          {eligibility.message}
          <Button onClick={form.retryEligibility}>重试</Button>
        </View>
      ) : null}
      {eligibility.state === 'eligible' ? <View className="banner banner--ok">{eligibleText}</View> : null}

      {form.needsFace ? (
        <Card title="人脸验证">
          <Text className="card__text">该亲属已满16周岁，需由亲属本人完成人脸验证。</Text>
          {form.faceDone ? (
            <Text className="banner banner--ok">人脸验证已通过</Text>
          ) : form.idNumber ? (
            <>
              <FaceVerification
                subject={{ name: draft.name.trim(), idNumber: form.idNumber }}
                onVerified={form.faceVerified}
              />
              <Text className="card__text">亲属不在身边、不能本人验证的，可以带上材料到医保窗口办理。</Text>
              <OfflineLink />
            </>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
