/**
 * Whether the server looked reachable on the last request. navigator.onLine alone says nothing
 * about a Wi-Fi with no internet or a server that is down, so failed fetches count too.
 */
type Listener = () => void;

let serverUnreachable = false;
const listeners = new Set<Listener>();

export function reportServerReachable(reachable: boolean): void {
  if (serverUnreachable === !reachable) return;
  serverUnreachable = !reachable;
  listeners.forEach((listener) => listener());
}

export function isServerUnreachable(): boolean {
  return serverUnreachable;
}

export function subscribeServerReachability(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
