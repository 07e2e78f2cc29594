export default definePageConfig({ navigationBarTitleText: '添加共济关系' });
