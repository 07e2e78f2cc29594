export default definePageConfig({
  navigationBarTitleText: '职工医保家庭共济账户绑定',
  enablePullDownRefresh: true,
});
