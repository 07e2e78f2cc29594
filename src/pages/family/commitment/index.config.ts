export default definePageConfig({ navigationBarTitleText: '个人承诺书' });
