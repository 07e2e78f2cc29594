import { View, Text } from '@tarojs/components';
import { Button } from '@/components/Button';

export default function HomePage() {
  return (
    <View className="page">
      <Text className="app-name">家庭共济</Text>
      <View className="card">
        <Text>您还未登录</Text>
        <Text>登录后可查看个人账户余额、办理亲情账号绑定</Text>
        <Button kind="primary" block>
          登录
        </Button>
      </View>
    </View>
  );
}
