/**
 * An in-memory stand-in for the CLI's file system and streams, shared by the CLI tests: files are a
 * record of path → text or bytes (`-` is standard input; an Error is thrown when the file is read),
 * a path ending in `/` lists the files below it. Files are read in chunks of `chunkSize` bytes, so
 * tests can cut a character or a JSON element in two.
 */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';

export const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

export type FakeFile = string | Uint8Array | Error;

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

export function fakeIo(
  files: Record<string, FakeFile> = {},
  stdin: FakeFile = '',
  tty = false,
  {
    chunkSize = 64 * 1024,
    maxDocument,
    now,
  }: { chunkSize?: number; maxDocument?: number; now?: () => number } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const bytes: Record<string, Uint8Array> = {};
  const fs: Record<string, FakeFile> = { ...files, '-': stdin };
  const isDir = (path: string) =>
    path.endsWith('/') || Object.keys(fs).some((f) => f.startsWith(`${path}/`));
  const io: CliIo = {
    async *chunks(path) {
      const file = fs[path];
      // Like Node: ENOENT names the path, EISDIR on read does not.
      if (file === undefined && isDir(path))
        throw errno('EISDIR', 'EISDIR: illegal operation on a directory, read');
      if (file === undefined)
        throw errno('ENOENT', `ENOENT: no such file or directory, open '${path}'`);
      if (file instanceof Error) throw file;
      const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
      for (let i = 0; i < bytes.length; i += chunkSize) {
        yield await Promise.resolve(bytes.subarray(i, i + chunkSize));
      }
    },
    out: (t) => {
      out.push(t);
    },
    err: (t) => {
      err.push(t);
    },
    writeFile: (path, text) => {
      if (typeof text === 'string') written[path] = text;
      else bytes[path] = text;
      return Promise.resolve();
    },
    openOut: (path) => {
      if (path === '-') {
        return Promise.resolve({
          write: (t: string) => {
            out.push(t);
            return Promise.resolve();
          },
          close: () => Promise.resolve(),
        });
      }
      written[path] = '';
      return Promise.resolve({
        write: (t: string) => {
          written[path] = (written[path] ?? '') + t;
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      });
    },
    listDir: (path) =>
      Promise.resolve(
        path.endsWith('/')
          ? Object.keys(fs)
              .filter((f) => f.startsWith(path))
              .sort()
          : null,
      ),
    errIsTTY: tty,
    size: (path) => {
      const file = path === '-' ? undefined : fs[path];
      if (file === undefined || file instanceof Error) return Promise.resolve(null);
      return Promise.resolve(
        typeof file === 'string' ? new TextEncoder().encode(file).length : file.length,
      );
    },
    ...(now === undefined ? {} : { now }),
    ...(maxDocument === undefined ? {} : { maxDocument }),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written, bytes };
}
