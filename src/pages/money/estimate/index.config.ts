export default definePageConfig({ navigationBarTitleText: '结算预估' });
