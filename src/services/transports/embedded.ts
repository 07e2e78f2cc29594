import { createMockBackend, QA_KEY_HEADER, type KeyValueStorage, type MockBackend } from '../../../mock';
import { readLocalFile } from '../files';
import { taroStorage as appStorage } from '../storage';
import type { Transport, TransportRequest, TransportResponse, UploadTransportRequest } from '../transport';

/** The mock persists in Taro storage, so it keeps its data on every build. */
export const taroStorage: KeyValueStorage = appStorage;

/** Exactly what a trip over the wire does to a body: no object is shared between the two sides. */
function roundTrip(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export function createEmbeddedTransport(
  createBackend: () => MockBackend,
): Transport & { backend(): MockBackend } {
  let backend: MockBackend | null = null;
  // Built on first use: reading the persisted state is work a cold start need not do.
  const ensureBackend = () => (backend ??= createBackend());

  async function dispatch(request: TransportRequest): Promise<TransportResponse> {
    const mock = ensureBackend();
    // The in-process QA console is the back end's owner here, so it holds the QA credential.
    const qa: Record<string, string> = request.path.startsWith('/api/_mock/')
      ? { [QA_KEY_HEADER]: mock.qaKey }
      : {};
    const response = await mock.handle({
      method: request.method,
      path: request.path,
      headers: { ...request.headers, ...qa },
      body: roundTrip(request.body ?? {}),
    });
    return { status: response.status, body: roundTrip(response.body) };
  }

  return {
    name: 'embedded',
    backend: ensureBackend,
    send: dispatch,
    async upload(request: UploadTransportRequest) {
      const content = await readLocalFile(request.file);
      return dispatch({
        method: 'POST',
        path: request.path,
        headers: request.headers,
        body: { kind: request.kind, ...content },
      });
    },
  };
}

export function createDefaultEmbeddedTransport() {
  return createEmbeddedTransport(() => createMockBackend({ storage: taroStorage }));
}
