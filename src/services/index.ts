import { configureTransport } from './client';
import type { Transport } from './transport';
import { createDeferredTransport } from './transports/deferred';
import { createHttpTransport } from './transports/http';

export * from './api';
export type * from './contract';
export { ServiceError } from './errors';
export { setSessionToken, getSessionToken, onUnauthorized } from './session';
export { configureTransport, onBackendWrite } from './client';
export type { LocalFile, Transport } from './transport';

/** TARO_APP_API_MODE is fixed at build time: `embedded` (the demo, default) or `http` (the release). */
export const API_MODE: 'embedded' | 'http' = process.env.TARO_APP_API_MODE === 'http' ? 'http' : 'embedded';

type EmbeddedModule = typeof import('./transports/embedded');

let createTransport: () => Transport;
let preload = (): void => undefined;

// The bundler replaces process.env.* with literals and skips the branches that cannot run, so a
// release build (http) bundles neither the embedded transport nor mock/. The demo's back end is a
// chunk of its own on H5, fetched by preloadBackend or on first use; a mini-program cannot fetch
// code later, so there it is required in place.
if (process.env.TARO_APP_API_MODE === 'http') {
  createTransport = () => createHttpTransport({ baseUrl: process.env.TARO_APP_API_BASE ?? '' });
} else if (process.env.TARO_ENV === 'h5') {
  const deferred = createDeferredTransport('embedded', () =>
    import(/* webpackChunkName: "embedded-backend" */ './transports/embedded').then((embedded) =>
      embedded.createDefaultEmbeddedTransport(),
    ),
  );
  createTransport = () => deferred;
  preload = () => void deferred.preload();
} else {
  createTransport = () =>
    (require('./transports/embedded') as EmbeddedModule).createDefaultEmbeddedTransport();
}

/** H5 demo: fetch the back end's chunk now (the app calls it once the first page has painted). */
export function preloadBackend(): void {
  preload();
}

configureTransport(() => createTransport());
