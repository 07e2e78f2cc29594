/**
 * The token the transports send, and who to tell when the back end says it is gone. The session
 * store owns the signed-in state; services only carry the token, so they never import the store.
 */
let currentToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

export function setSessionToken(token: string | null): void {
  currentToken = token;
}

export function getSessionToken(): string | null {
  return currentToken;
}

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function notifyUnauthorized(): void {
  currentToken = null;
  unauthorizedListeners.forEach((listener) => listener());
}
