// Evaluated by the Taro CLI in Node at build time: TARO_ENV is the build type, and TARO_APP_* come
// from the shell or the .env files. The QA console drives the embedded mock back end, so a release
// build (http) never has it; a demo has it in H5, and in a mini-program only on request.
const QA_ENABLED =
  process.env.TARO_APP_API_MODE !== 'http' &&
  (process.env.TARO_ENV === 'h5' || process.env.TARO_APP_QA === '1');
// WeChat only: the current component styles, which pages WeChat search may index (src/sitemap.json),
// and the privacy check that holds personal-data APIs until the person agrees (PrivacyPrompt).
const WECHAT_ONLY =
  process.env.TARO_ENV === 'weapp'
    ? { style: 'v2', sitemapLocation: 'sitemap.json', __usePrivacyCheck__: true }
    : {};

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/services/index', 'pages/mine/index'],
  // Everything but the tab pages loads on demand, which keeps the main package small.
  subPackages: [
    { root: 'pages/auth', pages: ['login/index'] },
    { root: 'pages/legal', pages: ['agreement/index', 'privacy/index'] },
    {
      root: 'pages/family',
      pages: [
        'notice/index',
        'relations/index',
        'add/index',
        'result/index',
        'detail/index',
        'applications/index',
        'household/index',
        'household/member/index',
        'commitment/index',
        'letter/index',
      ],
    },
    {
      root: 'pages/money',
      pages: [
        'balance/index',
        'usage/index',
        'deduction/index',
        'estimate/index',
        'premium/index',
        'limit/index',
      ],
    },
    // 线下办理: what to bring to the counter, for whoever cannot finish online.
    { root: 'pages/offline', pages: ['index'] },
    // The QR encoder lives here with the card page, out of the main package.
    { root: 'pages/card', pages: ['index'] },
    { root: 'pages/messages', pages: ['index'] },
    ...(QA_ENABLED ? [{ root: 'pages/qa', pages: ['console/index'] }] : []),
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '家庭共济',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#4a4a55',
    // 7:1 on white: the tab bar is not themed by 关怀模式, so it meets the higher bar always.
    selectedColor: '#0842a0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab-home.png',
        selectedIconPath: 'assets/tab-home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '业务办理',
        iconPath: 'assets/tab-services.png',
        selectedIconPath: 'assets/tab-services-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab-mine.png',
        selectedIconPath: 'assets/tab-mine-active.png',
      },
    ],
  },
  // WeChat injects only the components a page needs, which keeps start-up light.
  lazyCodeLoading: 'requiredComponents',
  ...WECHAT_ONLY,
});
