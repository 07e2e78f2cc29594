import { View, Text } from '@tarojs/components';

export default function MinePage() {
  return (
    <View className="page">
      <Text>我的</Text>
      <Text>版本 {process.env.TARO_APP_VERSION}</Text>
    </View>
  );
}
