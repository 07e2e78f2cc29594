// Jest stands in for Taro's H5 build: the API comes from @tarojs/taro-h5, the page hooks from the
// React framework runtime, wired to React the way the H5 build wires them.
const React = require('react');
const ReactDOM = require('react-dom');
const runtime = require('@tarojs/plugin-framework-react/dist/runtime');
const taroH5 = require('@tarojs/taro-h5');

runtime.createH5NativeComponentConfig(null, React, ReactDOM);

const Taro = taroH5.default || taroH5;
const hookNames = Object.keys(runtime).filter((name) => /^use[A-Z]/.test(name));
const hooks = Object.fromEntries(hookNames.map((name) => [name, runtime[name]]));

module.exports = Object.assign(Object.create(Taro), Taro, hooks, { default: Taro });
