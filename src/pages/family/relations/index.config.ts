export default definePageConfig({
  navigationBarTitleText: '门诊共济关系绑定/解绑',
  enablePullDownRefresh: true,
});
