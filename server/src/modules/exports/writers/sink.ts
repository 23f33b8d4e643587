import { createWriteStream, type WriteStream } from 'node:fs';

export interface FileSink {
  stream: WriteStream;
  /** Resolves once the text is buffered below the high-water mark; throws the stream's error, if any. */
  write(text: string): Promise<void>;
  /** The stream's error, as soon as there is one. */
  readonly failure: Error | null;
  /** Rejects with the stream's error; never resolves otherwise (to race against a library's promise). */
  failed: Promise<never>;
  /** Ends the file and waits until it is closed; rejects with the stream's error. */
  close(): Promise<void>;
}

/**
 * A file write stream whose errors are never lost: an error (a full disk, a directory in the way) is
 * remembered and thrown by the next write or by close, and a writer waiting for 'drain' is released
 * when the stream closes instead of waiting forever.
 */
export function fileSink(path: string): FileSink {
  const stream = createWriteStream(path);
  let failure: Error | null = null;
  let fail!: (err: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  stream.on('error', (err) => {
    failure ??= err;
    fail(err);
  });
  const closed = new Promise<void>((resolve, reject) => stream.once('close', () => (failure ? reject(failure) : resolve())));
  closed.catch(() => undefined);
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
    });
  return {
    stream,
    failed,
    get failure() {
      return failure;
    },
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await drained();
      if (failure) throw failure;
    },
    async close() {
      if (!stream.destroyed && !stream.writableEnded) stream.end();
      await closed;
    },
  };
}
