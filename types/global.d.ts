/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'alipay' | 'h5';
    TARO_APP_API_MODE?: 'embedded' | 'http';
    TARO_APP_API_BASE?: string;
    TARO_APP_QA?: string;
    TARO_APP_VERSION?: string;
  }
}
