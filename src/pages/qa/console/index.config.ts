export default definePageConfig({ navigationBarTitleText: '测试控制台' });
