export default definePageConfig({ navigationBarTitleText: '扣款顺序' });
