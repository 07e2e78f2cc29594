export default definePageConfig({ navigationBarTitleText: '线下办理' });
