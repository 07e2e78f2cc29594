import { View, Text } from '@tarojs/components';

export default function ServiceHallPage() {
  return (
    <View className="page">
      <Text>业务办理</Text>
    </View>
  );
}
