import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/Button';
import { pressable } from '@/ui/pressable';
import { usePreferences } from '../preferences';

/**
 * 关怀模式 at the top of 首页, as the provincial apps put their 关怀版: one tap switches it either
 * way. Its spoken name is its visible text; the state is said by the switch role.
 */
export function CareModeSwitch() {
  const careMode = usePreferences((state) => state.careMode);
  const setCareMode = usePreferences((state) => state.setCareMode);
  const toggle = () => setCareMode(!careMode);
  return (
    <View
      className={`care-switch${careMode ? ' care-switch--on' : ''}`}
      role="switch"
      aria-checked={careMode ? 'true' : 'false'}
      aria-label="关怀模式"
      onClick={toggle}
      {...pressable(toggle)}
    >
      <Text>关怀模式</Text>
      <Text className="care-switch__state" aria-hidden="true">
        {careMode ? '已开启' : '未开启'}
      </Text>
    </View>
  );
}

/**
 * Asked once, on first start: most users of 家庭共济 are older, and many never find a setting at
 * the bottom of 我的. Not a dialog: the page stays usable, and the answer is remembered either way.
 */
export function CareModeOffer() {
  const offered = usePreferences((state) => state.careModeOffered);
  const answer = usePreferences((state) => state.answerCareModeOffer);
  if (offered) return null;
  return (
    <View className="card care-offer" role="region" aria-label="关怀模式">
      <Text className="card__title">字太小、看不清？</Text>
      <Text className="card__text">
        关怀模式把字放大、颜色加深、按钮加大。以后也可以在首页顶部或“我的”里随时切换。
      </Text>
      <View className="care-offer__actions">
        <Button kind="primary" onClick={() => answer(true)}>
          开启关怀模式
        </Button>
        <Button onClick={() => answer(false)}>暂不开启</Button>
      </View>
    </View>
  );
}
