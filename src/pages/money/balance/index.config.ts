export default definePageConfig({ navigationBarTitleText: '余额与缴费' });
