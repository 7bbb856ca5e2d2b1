/**
 * An in-memory stand-in for the CLI's file system and streams, shared by the CLI tests: files are a
 * record of path → text (`-` is standard input), a path ending in `/` lists the files below it.
 */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';

export const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

export function fakeIo(files: Record<string, string> = {}, stdin = '', tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const fs: Record<string, string> = { ...files, '-': stdin };
  const io: CliIo = {
    readText: (path) => {
      const text = fs[path];
      if (text === undefined) {
        return Promise.reject(
          Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
            code: 'ENOENT',
          }),
        );
      }
      return Promise.resolve(text);
    },
    async *lines(path) {
      for (const line of (fs[path] ?? '').split('\n')) yield await Promise.resolve(line);
    },
    out: (t) => {
      out.push(t);
    },
    err: (t) => {
      err.push(t);
    },
    writeFile: (path, text) => {
      written[path] = text;
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
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
