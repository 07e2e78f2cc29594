// The records scroll inside their own list; the page itself stays put.
export default definePageConfig({ navigationBarTitleText: '使用记录', disableScroll: true });
