/**
 * THE place to edit when a page changes: the text each page must show in its first render (signed
 * out, empty storage). Every tab page needs an entry; other pages may have one. A string must
 * appear in the page's visible text, a RegExp must match it. Pick text that outlives redesigns
 * (titles, the app name), not copy that changes weekly.
 */
export type ExpectedText = string | RegExp;
export type Expectations = Readonly<Record<string, readonly ExpectedText[]>>;

export const EXPECTED_TEXTS: Expectations = {
  'pages/index/index': ['家庭共济'],
  'pages/services/index': ['业务办理'],
  'pages/mine/index': ['我的', /版本\s*\d+\.\d+\.\d+/],
  'pages/legal/agreement/index': ['用户服务协议', '四、共济规则'],
  'pages/legal/privacy/index': ['隐私政策', '四、如何撤回同意、删除信息'],
  'pages/card/index': ['请先登录后再办理'],
  'pages/messages/index': ['请先登录后再办理'],
};
