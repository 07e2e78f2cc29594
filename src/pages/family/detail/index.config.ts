export default definePageConfig({ navigationBarTitleText: '共济关系详情' });
