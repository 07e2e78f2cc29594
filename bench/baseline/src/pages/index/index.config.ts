export default definePageConfig({ navigationBarTitleText: 'Taro baseline' });
