export default defineAppConfig({
  pages: ['pages/index/index', 'pages/services/index', 'pages/mine/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '家庭共济',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#5c5c66',
    selectedColor: '#1a73e8',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/services/index', text: '业务办理' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  // WeChat injects only the components a page needs, which keeps start-up light.
  lazyCodeLoading: 'requiredComponents',
});
