import { configureTransport } from './client';
import { createDefaultEmbeddedTransport } from './transports/embedded';
import { createHttpTransport } from './transports/http';

export * from './api';
export type * from './contract';
export { ServiceError } from './errors';
export { setSessionToken, getSessionToken, onUnauthorized } from './session';
export { configureTransport } from './client';
export type { LocalFile, Transport } from './transport';

/** TARO_APP_API_MODE is fixed at build time: `embedded` (default) or `http`. */
export const API_MODE: 'embedded' | 'http' = process.env.TARO_APP_API_MODE === 'http' ? 'http' : 'embedded';

configureTransport(() =>
  API_MODE === 'http'
    ? createHttpTransport({ baseUrl: process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:9527' })
    : createDefaultEmbeddedTransport(),
);
