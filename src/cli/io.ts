/**
 * The command line's contact with the world: files, standard streams, the terminal. Kept behind
 * one interface so the commands are plain functions that tests call with a fake.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What the commands need from the outside. */
export interface CliIo {
  /** Reads a whole file as UTF-8; `-` reads standard input. */
  readText(path: string): Promise<string>;
  /** Reads a file (or `-`) line by line without holding it all in memory. */
  lines(path: string): AsyncIterable<string>;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Writes a file. */
  writeFile(path: string, text: string): Promise<void>;
  /**
   * Opens a file (`-`: standard output) for writing piece by piece (batch output), waiting when
   * the disk or the reader is behind, so memory stays flat however much is written.
   */
  openOut(path: string): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
  /** The files under a directory (recursively, sorted), or `null` when the path is not a directory. */
  listDir(path: string): Promise<string[] | null>;
  /** Whether standard error is a terminal (progress lines are shown only then). */
  readonly errIsTTY: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real io of a Node.js process. */
export const nodeIo: CliIo = {
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  lines: (path) =>
    createInterface({
      input: path === '-' ? process.stdin : createReadStream(path, 'utf8'),
      crlfDelay: Infinity,
    }),
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  openOut: (path) => {
    const stream = path === '-' ? process.stdout : createWriteStream(path, 'utf8');
    return Promise.resolve({
      write: async (text: string) => {
        if (!stream.write(text)) await once(stream, 'drain');
      },
      close: () =>
        path === '-'
          ? Promise.resolve()
          : new Promise<void>((resolve, reject) =>
              stream.end((e?: Error | null) => {
                if (e) reject(e);
                else resolve();
              }),
            ),
    });
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
};
