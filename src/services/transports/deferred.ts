import type { Transport } from '../transport';

/**
 * A transport whose code arrives later (the demo's embedded back end in its own H5 chunk): calls
 * made before it has loaded wait for it, and the first call starts the load if nothing did.
 */
export function createDeferredTransport(
  name: Transport['name'],
  load: () => Promise<Transport>,
): Transport & { preload(): Promise<Transport> } {
  let loading: Promise<Transport> | null = null;
  const preload = () => (loading ??= load());
  return {
    name,
    preload,
    send: async (request) => (await preload()).send(request),
    upload: async (request) => (await preload()).upload(request),
  };
}
