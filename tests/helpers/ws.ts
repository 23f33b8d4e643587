import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { ServerMessageSchema, type ClientMessage, type ServerMessage } from '@thiphapluat/shared';

/**
 * A test WebSocket client over app.injectWS. Every frame the server sends is parsed with the shared
 * ServerMessage schema, so a frame of the wrong shape fails the test.
 */
export class TestSocket {
  private inbox: ServerMessage[] = [];
  private waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  closed: { code: number; reason: string } | null = null;
  private closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];

  private constructor(readonly ws: WebSocket) {}

  static async open(app: FastifyInstance, headers: Record<string, string> = {}): Promise<TestSocket> {
    let sock: TestSocket | undefined;
    const ws = await app.injectWS('/ws', { headers } as never, {
      onInit: (raw) => {
        sock = new TestSocket(raw);
        raw.on('message', (data) => sock?.receive(data.toString()));
        raw.on('close', (code, reason) => sock?.onClose(code, reason.toString()));
      },
    });
    return sock ?? new TestSocket(ws);
  }

  private receive(raw: string) {
    const msg = ServerMessageSchema.parse(JSON.parse(raw));
    const i = this.waiters.findIndex((w) => w.match(msg));
    if (i >= 0) {
      const [w] = this.waiters.splice(i, 1);
      w?.resolve(msg);
    } else this.inbox.push(msg);
  }

  private onClose(code: number, reason: string) {
    this.closed = { code, reason };
    for (const w of this.closeWaiters) w(this.closed);
  }

  send(msg: ClientMessage | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(msg));
  }

  sendRaw(data: string): void {
    this.ws.send(data);
  }

  /** The next frame matching `type` (and `match`), waiting up to `timeoutMs`. */
  next<T extends ServerMessage['type']>(type: T, match: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true, timeoutMs = 5000): Promise<Extract<ServerMessage, { type: T }>> {
    const pred = (m: ServerMessage) => m.type === type && match(m as Extract<ServerMessage, { type: T }>);
    const i = this.inbox.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0] as Extract<ServerMessage, { type: T }>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${type}; inbox: ${JSON.stringify(this.inbox).slice(0, 500)}`)), timeoutMs);
      this.waiters.push({
        match: pred,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Frames received and not yet taken by next(). */
  pending(): ServerMessage[] {
    return [...this.inbox];
  }

  waitClose(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for close')), timeoutMs);
      this.closeWaiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  close(): void {
    this.ws.terminate();
  }
}
