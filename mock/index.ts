/**
 * The mock back end of the family-sharing service, runnable in-process (the embedded transport)
 * or over HTTP (mock/server.ts). Node-only code stays out of this entry so every build can use it.
 */
export type { KeyValueStorage, MockBackend, MockBackendOptions, MockRequest, MockResponse } from './backend';
export { createMockBackend, DEFAULT_STORAGE_KEY, memoryStorage, QA_KEY_HEADER } from './backend';
export { faultsFromEnv } from './faults';
export { SMS_CODE, SMS_COOLDOWN_SECONDS } from './handlers/auth';
export { PERSONAS } from './seed';
export { STATE_VERSION } from './state';
