// Jest stands in for Taro's H5 build: the API comes from @tarojs/taro-h5, wired to React the way
// the H5 build wires it. Page lifecycle hooks and navigation are replaced by recorders a test can
// drive (a jsdom test has no router and no page stack): see __tests__/support/render.tsx.
const React = require('react');
const ReactDOM = require('react-dom');
const runtime = require('@tarojs/plugin-framework-react/dist/runtime');
const taroH5 = require('@tarojs/taro-h5');

runtime.createH5NativeComponentConfig(null, React, ReactDOM);

// The H5 package exports each API by name; its default export holds only the core objects.
const Taro = { ...taroH5.default, ...taroH5 };
delete Taro.default;

const listeners = {
  show: new Set(),
  hide: new Set(),
  pullDownRefresh: new Set(),
  reachBottom: new Set(),
  unload: new Set(),
};

function lifecycleHook(name, { onMount = false } = {}) {
  return function useLifecycle(fn) {
    const ref = React.useRef(fn);
    ref.current = fn;
    React.useEffect(() => {
      const callback = (...args) => ref.current(...args);
      listeners[name].add(callback);
      if (onMount) callback();
      return () => listeners[name].delete(callback);
    }, []);
  };
}

const router = { params: {}, path: '' };
const navigation = [];
const pageStack = [{ route: 'pages/index/index', options: {} }];

function recordNavigation(kind) {
  return (options = {}) => {
    navigation.push({ kind, url: options.url });
    return Promise.resolve({ errMsg: `${kind}:ok` });
  };
}

const testing = {
  router,
  navigation,
  pageStack,
  /** Fires a page lifecycle event the way the platform would. */
  async trigger(name, ...args) {
    for (const callback of [...listeners[name]]) await callback(...args);
  },
  reset() {
    Object.values(listeners).forEach((set) => set.clear());
    router.params = {};
    router.path = '';
    navigation.length = 0;
    pageStack.splice(0, pageStack.length, { route: 'pages/index/index', options: {} });
  },
};

const overrides = {
  // A page "shows" when it mounts in a test, as it does when the platform opens it.
  useDidShow: lifecycleHook('show', { onMount: true }),
  useDidHide: lifecycleHook('hide'),
  usePullDownRefresh: lifecycleHook('pullDownRefresh'),
  useReachBottom: lifecycleHook('reachBottom'),
  useUnload: lifecycleHook('unload'),
  useLoad: lifecycleHook('show', { onMount: true }),
  useReady: (fn) => React.useEffect(() => fn(), []),
  useRouter: () => router,
  navigateTo: recordNavigation('navigateTo'),
  redirectTo: recordNavigation('redirectTo'),
  switchTab: recordNavigation('switchTab'),
  reLaunch: recordNavigation('reLaunch'),
  navigateBack: recordNavigation('navigateBack'),
  getCurrentPages: () => pageStack,
  stopPullDownRefresh: () => Promise.resolve(),
  setTabBarItem: () => Promise.resolve(),
  setNavigationBarTitle: () => Promise.resolve(),
  __testing: testing,
};

module.exports = Object.assign({}, Taro, overrides);
module.exports.default = module.exports;
