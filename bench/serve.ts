import { serveStatic } from '../scripts/static-server';
import type { StaticServer } from '../scripts/static-server';

export type Server = StaticServer;

/**
 * The project's static server with gzip, as any production host would send it: over a throttled
 * Fast 3G link the bytes on the wire decide first paint, and uncompressed files would weigh every
 * kilobyte about three times too heavily.
 */
export function serveGzipped(root: string): Promise<Server> {
  return serveStatic(root, { gzip: true, cacheControl: 'no-store' });
}
