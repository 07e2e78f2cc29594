export default definePageConfig({ navigationBarTitleText: '每月额度' });
