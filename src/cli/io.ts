/**
 * The command line's contact with the world: files, standard streams, the terminal. Kept behind
 * one interface so the commands are plain functions that tests call with a fake.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the commands need from the outside. */
export interface CliIo {
  /**
   * Reads a file (`-`: standard input) as it arrives, in chunks of bytes: decoding is done in one
   * place (decode.ts), and no input need be held whole.
   */
  chunks(path: string): AsyncIterable<Uint8Array>;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Writes a file. */
  writeFile(path: string, text: string | Uint8Array): Promise<void>;
  /**
   * Opens a file (`-`: standard output) for writing piece by piece (batch output), waiting when
   * the disk or the reader is behind, so memory stays flat however much is written.
   */
  openOut(path: string): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
  /** The files under a directory (recursively, sorted), or `null` when the path is not a directory. */
  listDir(path: string): Promise<string[] | null>;
  /** Whether standard error is a terminal (progress lines are shown only then). */
  readonly errIsTTY: boolean;
  /** Whether standard output is a terminal (progress is not drawn over results shown there). */
  readonly outIsTTY?: boolean;
  /** The clock of progress lines, in milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** A regular file's size in bytes, or `null` (standard input, a pipe, no such file): for progress. */
  size?(path: string): Promise<number | null>;
  /**
   * The most characters held in memory for one document, array element or line (default
   * {@link MAX_DOCUMENT}); a larger one is refused with a pointer to NDJSON.
   */
  readonly maxDocument?: number;
}

/** The default of {@link CliIo.maxDocument}: 64 Mi characters. */
export const MAX_DOCUMENT = 64 * 1024 * 1024;

/** The real io of a Node.js process. */
export const nodeIo: CliIo = {
  chunks: (path) => (path === '-' ? process.stdin : createReadStream(path)),
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  writeFile: (path, text) => writeFile(path, text),
  openOut: async (path) => {
    if (path === '-') {
      return {
        write: async (text: string) => {
          if (!process.stdout.write(text)) await once(process.stdout, 'drain');
        },
        close: () => Promise.resolve(),
      };
    }
    const stream = createWriteStream(path, 'utf8');
    // A file that cannot be opened (a directory, no permission) fails here, naming itself, rather
    // than as an unhandled 'error' event later.
    await once(stream, 'open');
    let failed: Error | null = null;
    stream.on('error', (e) => {
      failed = e;
    });
    return {
      write: async (text: string) => {
        if (failed) throw failed;
        if (!stream.write(text)) await once(stream, 'drain');
      },
      close: () =>
        new Promise<void>((resolve, reject) => {
          if (failed) reject(failed);
          else
            stream.end((e?: Error | null) => {
              if (e) reject(e);
              else resolve();
            });
        }),
    };
  },
  listDir: async (path) => {
    if (path === '-') return null;
    const info = await stat(path);
    if (!info.isDirectory()) return null;
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  },
  errIsTTY: process.stderr.isTTY,
  outIsTTY: process.stdout.isTTY,
  size: async (path) => {
    if (path === '-') return null;
    try {
      const s = await stat(path);
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  },
};
