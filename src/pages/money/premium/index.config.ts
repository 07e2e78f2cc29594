export default definePageConfig({ navigationBarTitleText: '代缴居民医保' });
