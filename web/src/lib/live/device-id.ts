const KEY = 'tpl-device';
/** The browser's storage; typed here because this module is also compiled (and tested) outside the DOM. */
type Store = { getItem(key: string): string | null; setItem(key: string, value: string): void };

/**
 * A random id this browser keeps, sent when the quiz joins: the server (which stores only a keyed hash)
 * can then tell an attempt that moves to another device, or many accounts used from one browser. It
 * says nothing about the person. Undefined where storage is unavailable (private mode, tests in Node).
 */
export function deviceId(): string | undefined {
  try {
    const store = (globalThis as { localStorage?: Store }).localStorage;
    if (!store) return undefined;
    let id = store.getItem(KEY);
    if (!id) {
      // getRandomValues, not randomUUID: the latter needs a secure context, and a school LAN may be plain http.
      id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
      store.setItem(KEY, id);
    }
    return id;
  } catch {
    return undefined;
  }
}
