import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { selectRegion, useSession } from '@/features/auth';
import { acceptedNoticeOf, usePreferences } from '@/features/shell';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { NOTICE_VERSION, noticeAudienceOf, noticeParagraphs } from '@/features/relations';
import { ROUTES, replaceWith } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { SignInFirst } from '@/features/shell';

export default function NoticePage() {
  const region = useSession(selectRegion);
  const me = useSession((state) => state.sponsor);
  const accepted = usePreferences((state) =>
    me && region ? acceptedNoticeOf(state, me.personId, region.id) : undefined,
  );
  const acceptNotice = usePreferences((state) => state.acceptNotice);
  const [checked, setChecked] = useState(accepted === NOTICE_VERSION);

  if (!region || !me) return <SignInFirst />;
  // A 居民 reads what sharing means for the one covered, not the text written for sponsors.
  const audience = noticeAudienceOf(me.insuranceType);

  return (
    <Page>
      <Text className="page__title">温馨提示</Text>
      <View className="notice">
        {noticeParagraphs(region, audience).map((paragraph, index) => (
          <Text key={paragraph} className="notice__item">
            {index + 1}. {paragraph}
          </Text>
        ))}
      </View>
      <Checkbox checked={checked} onChange={setChecked}>
        【已阅读以上信息并同意】
      </Checkbox>
      <Button
        kind="primary"
        block
        disabled={!checked}
        onClick={() => {
          acceptNotice(me.personId, region.id, NOTICE_VERSION);
          // 河南医保 organises sharing around a family; 粤医保 lists the relations themselves.
          replaceWith(region.flowKind === 'household' ? ROUTES.household : ROUTES.relations);
        }}
      >
        我已阅读并同意
      </Button>
    </Page>
  );
}
