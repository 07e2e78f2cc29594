/**
 * The mock back end: one `handle(request)` in front of the route table, with the session,
 * persistence, lazy review and fault injection around it. `handle` never throws.
 */
import dayjs from 'dayjs';
import type { MockFaults } from '@/services/contract';
import { dayOf, toInstant } from './clock';
import type { BackendControls, RequestContext } from './context';
import { INTERNAL_MESSAGE, QA_ONLY_MESSAGE, Refusal, UNAVAILABLE_MESSAGE } from './errors';
import { checkFaults, noFaults } from './faults';
import { isMockState, upgradeState } from './state';
import type { MockState, PersonRecord } from './state';
import { reviewAfter, reviewDueApplications } from './review';
import { matchRoute, QA_PREFIX, ROUTES } from './routes';
import { createSeedState } from './seed';
import { BAD_STATE_MESSAGE } from './handlers/qa';
import { createFaceSessions } from './face';
import { createLimits } from './limits';
import { randomToken } from './random';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface MockRequest {
  method: string;
  /** May include a ?query. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON, or the upload shape. */
  body: unknown;
  /**
   * Who is asking, for the per-client limits (the HTTP server passes the peer address); requests
   * without one share a single client.
   */
  client?: string;
}

export interface MockResponse {
  status: number;
  /** Plain JSON: never shares an object with the back end's state. */
  body: unknown;
}

export interface MockBackendOptions {
  storage: KeyValueStorage;
  storageKey?: string;
  /** ISO 8601; injectable for tests. */
  now?: () => string;
  /**
   * The review setting to start with, over the stored one: null = 关闭 (QA decides), N = decided
   * by itself N ms after submission (rounded up to whole seconds). Not given: the stored setting,
   * 关闭 for a new state; QA changes it with PUT /api/_mock/review-setting.
   */
  autoApproveAfterMs?: number | null;
  faults?: MockFaults;
  /** Injectable for fault tests. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The QA credential /api/_mock/* asks for; a random one when not given. */
  qaKey?: string;
  /**
   * The server secret that signs 医保码. When not given, a random one is kept in the storage under
   * its own key (`<storageKey>:card-secret`), so a reload of the embedded demo keeps codes valid;
   * it is never part of the state, so no export lets anyone forge a code.
   */
  cardSecret?: string;
}

export interface MockBackend {
  /** Held by whoever created the back end (the embedded transport, the HTTP server's operator). */
  readonly qaKey: string;
  handle(request: MockRequest): Promise<MockResponse>;
  reset(): void;
  /**
   * The whole state, sessions included: for whoever created the back end (tests, tools), never
   * for a caller of /api/_mock/state, which gets it without sessions.
   */
  exportState(): string;
  /**
   * Replaces the whole state, sessions included (the owner's restore). Throws an Error with a
   * Chinese message when the JSON is not a complete state of this version.
   */
  importState(json: string): void;
}

export const DEFAULT_STORAGE_KEY = 'family-mock-state';
/** The header that carries the QA credential: not a CORS-safelisted one, so browsers preflight it. */
export const QA_KEY_HEADER = 'X-Mock-QA-Key';
/** QA routes a signed-in person may also use, each scoping what it shows to that person. */
const OWNER_QA_ROUTES: ReadonlySet<string> = new Set(['GET /api/_mock/materials/:id']);
const MAX_PATH_LENGTH = 2048;

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

function error(status: number, code: string, message: string): MockResponse {
  return { status, body: { code, message } };
}

function header(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) {
    return null;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') {
      return value;
    }
  }
  return null;
}

/** Compares in time that does not depend on where the texts differ. */
function safeEqual(given: string | null, expected: string): boolean {
  if (given === null || given.length !== expected.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < expected.length; i += 1) {
    difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  }
  return difference === 0;
}

function bearerToken(headers: unknown): string | null {
  const value = header(headers, 'authorization');
  const match = value === null ? null : /^Bearer\s+(\S{1,200})\s*$/i.exec(value);
  return match === null ? null : match[1];
}

/** null for malformed percent-encoding. */
function parseQuery(search: string): Map<string, string> | null {
  const query = new Map<string, string>();
  for (const part of search.split('&')) {
    if (part === '') {
      continue;
    }
    const at = part.indexOf('=');
    const rawKey = at < 0 ? part : part.slice(0, at);
    const rawValue = at < 0 ? '' : part.slice(at + 1);
    try {
      query.set(
        decodeURIComponent(rawKey.replace(/\+/g, ' ')),
        decodeURIComponent(rawValue.replace(/\+/g, ' ')),
      );
    } catch {
      return null;
    }
  }
  return query;
}

/** The secret stored under `key`, made and stored on first use; a storage that fails gets a fresh one. */
function keptSecret(storage: KeyValueStorage, key: string): string {
  try {
    const kept = storage.getItem(key);
    if (kept !== null && /^[a-p]{32}$/.test(kept)) {
      return kept;
    }
    // Letters only: a run of digits in storage could pass for a phone number in a PII audit.
    const secret = randomToken().replace(/[0-9]/g, (digit) => 'ghijklmnop'[Number(digit)]);
    storage.setItem(key, secret);
    return secret;
  } catch {
    return randomToken();
  }
}

export function createMockBackend(options: MockBackendOptions): MockBackend {
  const storage = options.storage;
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const clock = options.now ?? (() => dayjs().toISOString());
  const startingReview =
    options.autoApproveAfterMs === undefined ? null : reviewAfter(options.autoApproveAfterMs);
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  let faults = checkFaults(options.faults ?? noFaults());
  const qaKey = options.qaKey ?? randomToken();
  const cardSecret = options.cardSecret ?? keptSecret(storage, `${storageKey}:card-secret`);

  const now = (): string => toInstant(clock());

  /** What storage holds now: a request that changed nothing writes nothing. */
  let stored: string | null = null;

  function persist(state: MockState): void {
    const text = JSON.stringify(state);
    if (text === stored) {
      return;
    }
    try {
      storage.setItem(storageKey, text);
      stored = text;
    } catch {
      // Storage full or unavailable: the state lives on in memory for this session.
    }
  }

  /** The stored state, or the seed when there is none or it cannot be trusted. */
  function load(): MockState {
    const at = now();
    try {
      const text = storage.getItem(storageKey);
      if (text !== null) {
        const parsed = upgradeState(JSON.parse(text));
        if (isMockState(parsed, dayOf(at))) {
          stored = text;
          return withStartingReview(parsed);
        }
      }
    } catch {
      // Unreadable storage or corrupt JSON: start again from the seed below.
    }
    const seed = withStartingReview(createSeedState(at));
    persist(seed);
    return seed;
  }

  function withStartingReview(loaded: MockState): MockState {
    return startingReview === null ? loaded : { ...loaded, review: startingReview };
  }

  let state = load();
  // Rate limits live in memory: they guard a running server and are no part of the platform's data.
  const limits = createLimits();
  const faceSessions = createFaceSessions();

  const controls: BackendControls = {
    faults: () => ({
      failureRate: faults.failureRate,
      latencyMs: [faults.latencyMs[0], faults.latencyMs[1]],
    }),
    setFaults: (next) => {
      faults = checkFaults(next);
    },
    reset: () => {
      faults = noFaults();
      state = withStartingReview(createSeedState(now()));
      limits.clearAll();
      faceSessions.clear();
    },
    replaceState: (next) => {
      state = withLiveSessions(next);
    },
  };

  /** An import never creates a session: the sessions kept are the live ones of people it still has. */
  function withLiveSessions(next: MockState): MockState {
    const people = new Set(next.persons.map((person) => person.personId));
    return { ...next, sessions: state.sessions.filter((session) => people.has(session.personId)) };
  }

  function viewerOf(token: string | null): PersonRecord | null {
    if (token === null) {
      return null;
    }
    const session = state.sessions.find((candidate) => candidate.token === token);
    return session === undefined
      ? null
      : (state.persons.find((person) => person.personId === session.personId) ?? null);
  }

  async function injectFaults(): Promise<MockResponse | null> {
    const [min, max] = faults.latencyMs;
    if (max > 0) {
      await sleep(Math.round(min + random() * (max - min)));
    }
    return faults.failureRate > 0 && random() < faults.failureRate
      ? error(503, 'UNAVAILABLE', UNAVAILABLE_MESSAGE)
      : null;
  }

  async function dispatch(request: MockRequest): Promise<MockResponse> {
    const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
    const target = typeof request.path === 'string' ? request.path : '';
    const queryAt = target.indexOf('?');
    const path = queryAt < 0 ? target : target.slice(0, queryAt);
    if (!path.startsWith(QA_PREFIX)) {
      // Before anything is read or written, so a failed request is always safe to retry.
      const failure = await injectFaults();
      if (failure !== null) {
        return failure;
      }
    }
    if (target.length > MAX_PATH_LENGTH) {
      return error(404, 'NOT_FOUND', '请求的地址不存在');
    }
    const query = parseQuery(queryAt < 0 ? '' : target.slice(queryAt + 1));
    if (query === null) {
      return error(400, 'BAD_REQUEST', '请求地址格式不正确，请刷新页面后重试');
    }
    const match = matchRoute(method, path);
    if (match.kind === 'not-found') {
      return error(404, 'NOT_FOUND', '请求的地址不存在');
    }
    if (match.kind === 'wrong-method') {
      return error(405, 'METHOD_NOT_ALLOWED', '不支持该请求方式，请升级到最新版本后重试');
    }

    const isQa = safeEqual(header(request.headers, QA_KEY_HEADER), qaKey);
    if (path.startsWith(QA_PREFIX) && !isQa && !OWNER_QA_ROUTES.has(match.key)) {
      return error(403, 'QA_ONLY', QA_ONLY_MESSAGE);
    }

    const at = now();
    const reviewed = reviewDueApplications(state, at);
    const token = bearerToken(request.headers);
    const ctx: RequestContext = {
      state,
      now: at,
      today: dayOf(at),
      params: match.params,
      query,
      body: request.body,
      token,
      viewer: viewerOf(token),
      isQa,
      client: typeof request.client === 'string' && request.client !== '' ? request.client : 'local',
      limits,
      faceSessions,
      controls,
      cardSecret,
    };
    let status: number;
    let body: unknown;
    try {
      const result = ROUTES[match.key].run(ctx);
      status = result.status;
      body = result.body;
    } catch (caught) {
      if (!(caught instanceof Refusal)) {
        throw caught;
      }
      status = caught.status;
      body = { code: caught.code, message: caught.message };
    }
    if (reviewed || method !== 'GET') {
      persist(state);
    }
    // A JSON round trip: the caller gets plain data and never a reference into the state.
    return { status, body: JSON.parse(JSON.stringify(body ?? null)) };
  }

  return {
    qaKey,
    async handle(request) {
      try {
        return await dispatch(request);
      } catch {
        return error(500, 'INTERNAL', INTERNAL_MESSAGE);
      }
    },
    reset() {
      controls.reset();
      persist(state);
    },
    exportState() {
      return JSON.stringify(state);
    },
    importState(json) {
      let parsed: unknown;
      try {
        parsed = upgradeState(JSON.parse(json));
      } catch {
        throw new Error(BAD_STATE_MESSAGE);
      }
      if (!isMockState(parsed, dayOf(now()))) {
        throw new Error(BAD_STATE_MESSAGE);
      }
      state = parsed;
      persist(state);
    },
  };
}
