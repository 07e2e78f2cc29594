import type { EndpointKey, EndpointRequest, EndpointResponse, HttpMethod, PathParams } from './contract';
import { errorFromResponse, toServiceError } from './errors';
import { getSessionToken, notifyUnauthorized } from './session';
import type { LocalFile, Transport, TransportResponse } from './transport';

let transport: Transport | null = null;
const writeListeners = new Set<() => void>();

/** Who to tell that a write went through: a view beside the app (the desktop QA console) reads again. */
export function onBackendWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}
let transportFactory: (() => Transport) | null = null;

/** Chosen once at start-up (see services/index.ts); tests install their own. */
export function configureTransport(factory: () => Transport): void {
  transportFactory = factory;
  transport = null;
}

export function currentTransport(): Transport {
  if (!transport) {
    if (!transportFactory) throw new Error('no transport configured');
    transport = transportFactory();
  }
  return transport;
}

type CallOptions<K extends EndpointKey> = (keyof PathParams<K> extends never
  ? { params?: undefined }
  : { params: PathParams<K> }) & { body?: EndpointRequest<K> };

function fillPath(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
}

function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const pairs = Object.entries(query as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function authHeaders(): Record<string, string> {
  const token = getSessionToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function unwrap<T>(response: TransportResponse): T {
  if (response.status >= 200 && response.status < 300) return response.body as T;
  const error = errorFromResponse(response.status, response.body);
  if (response.status === 401) notifyUnauthorized();
  throw error;
}

/** One typed call of the contract: the only way pages and stores reach a back end. */
export async function call<K extends EndpointKey>(
  key: K,
  // A rest array, not `...[options]`: a pattern in a rest parameter is ES2016, and the
  // mini-programs' output must stay ES2015.
  ...rest: keyof PathParams<K> extends never ? [CallOptions<K>?] : [CallOptions<K>]
): Promise<EndpointResponse<K>> {
  const [options] = rest;
  const [method, template] = key.split(' ') as [HttpMethod, string];
  const path = fillPath(template, options?.params as Record<string, string> | undefined);
  const isRead = method === 'GET' || method === 'DELETE';
  try {
    const response = await currentTransport().send({
      method,
      path: isRead ? `${path}${queryString(options?.body)}` : path,
      headers: authHeaders(),
      body: isRead ? undefined : (options?.body ?? {}),
    });
    const answer = unwrap<EndpointResponse<K>>(response);
    if (method !== 'GET') writeListeners.forEach((listener) => listener());
    return answer;
  } catch (error) {
    throw toServiceError(error);
  }
}

export async function callUpload(kind: EndpointRequest<'POST /api/uploads'>['kind'], file: LocalFile) {
  try {
    const response = await currentTransport().upload({
      path: '/api/uploads',
      headers: authHeaders(),
      kind,
      file,
    });
    return unwrap<EndpointResponse<'POST /api/uploads'>>(response);
  } catch (error) {
    throw toServiceError(error);
  }
}
