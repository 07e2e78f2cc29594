// The globals Taro's H5 build defines at compile time.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.TARO_APP_VERSION = process.env.TARO_APP_VERSION || require('../../package.json').version;
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
});
