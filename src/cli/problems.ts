/**
 * How the command line words what went wrong with a file: every message names the file (a bare
 * `EISDIR` leaves the user guessing which of fifty paths), and a failure of jixiao itself is told
 * apart from bad input so that a batch can report it and go on.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import type { LocalMessage } from '../errors/messages.js';

/**
 * How a file is named in messages (`-` is standard input).
 *
 * @param file - a path or `-`
 * @returns its name in Chinese and English
 * @example
 * ```ts
 * nameOf('-').en; // "standard input"
 * ```
 */
export function nameOf(file: string): LocalMessage {
  return file === '-' ? { zh: '标准输入', en: 'standard input' } : { zh: file, en: file };
}

/**
 * A JixiaoError about a whole file, its message starting with the file's name.
 *
 * @param file - a path or `-`
 * @param zh - what is wrong, in Chinese
 * @param en - what is wrong, in English
 * @returns the error
 * @example
 * ```ts
 * fileError('a.json', '文件为空', 'the file is empty').issues[0].message.en; // "a.json: the file is empty"
 * ```
 */
export function fileError(file: string, zh: string, en: string): JixiaoError {
  const name = nameOf(file);
  return new JixiaoError([
    makeIssue('invalid_input', [], { zh: `${name.zh}：${zh}`, en: `${name.en}: ${en}` }),
  ]);
}

/**
 * The error for an input with nothing in it (white space and a BOM count as nothing).
 *
 * @param file - a path or `-`
 * @returns the error
 * @example
 * ```ts
 * emptyError('a.json').issues[0].message.zh; // "a.json：文件为空"
 * ```
 */
export function emptyError(file: string): JixiaoError {
  return file === '-'
    ? fileError(file, '没有内容', 'nothing was given')
    : fileError(file, '文件为空', 'file is empty');
}

// Node's own messages name the path for some calls and not for others (EISDIR on read names none).
const REASONS: Readonly<Record<string, LocalMessage>> = {
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or directory' },
  EISDIR: { zh: '这是一个目录，不是文件', en: 'it is a directory, not a file' },
  ENOTDIR: { zh: '路径中有一级不是目录', en: 'a part of the path is not a directory' },
  EACCES: { zh: '没有访问权限', en: 'permission denied' },
  EPERM: { zh: '不允许此操作', en: 'operation not permitted' },
  ELOOP: { zh: '符号链接层数过多（可能成环）', en: 'too many levels of symbolic links' },
  ENAMETOOLONG: { zh: '路径过长', en: 'the path is too long' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '打开的文件过多', en: 'too many open files' },
  EIO: { zh: '读写错误', en: 'input/output error' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
  ENXIO: { zh: '设备不存在', en: 'no such device' },
};

/**
 * Whether a value is a Node.js system error (`ENOENT`, `EISDIR` …), as opposed to a bug.
 *
 * @param e - anything caught
 * @returns true for an error with an errno code
 * @example
 * ```ts
 * isErrno(Object.assign(new Error('x'), { code: 'ENOENT' })); // true
 * ```
 */
export function isErrno(e: unknown): e is NodeJS.ErrnoException {
  if (!(e instanceof Error)) return false;
  const code: unknown = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/**
 * A file-system error as a JixiaoError naming the path, in Chinese and English.
 *
 * @param e - the system error
 * @param path - the path concerned (`-` for the standard streams)
 * @param writing - whether it was being written rather than read
 * @returns the error
 * @example
 * ```ts
 * fsError(eisdir, 'tables').issues[0].message.en; // "cannot read tables: it is a directory, not a file (EISDIR)"
 * ```
 */
export function fsError(e: NodeJS.ErrnoException, path: string, writing = false): JixiaoError {
  const code = e.code ?? 'EIO';
  const why = REASONS[code] ?? { zh: safeMessage(e), en: safeMessage(e) };
  const name = writing && path === '-' ? { zh: '标准输出', en: 'standard output' } : nameOf(path);
  return new JixiaoError([
    makeIssue('invalid_input', [], {
      zh: `${writing ? '无法写入' : '无法读取'} ${name.zh}：${why.zh}（${code}）`,
      en: `cannot ${writing ? 'write' : 'read'} ${name.en}: ${why.en} (${code})`,
    }),
  ]);
}

/**
 * The message of anything thrown, even of an object whose `message` or `toString` throws.
 *
 * @param e - anything caught
 * @returns its message
 * @example
 * ```ts
 * safeMessage(new TypeError('x is undefined')); // "TypeError: x is undefined"
 * ```
 */
export function safeMessage(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`;
    return String(e);
  } catch {
    return '(an error that cannot be printed)';
  }
}

/**
 * The issue that reports a failure of jixiao itself (a bug), so a batch can list it and go on.
 *
 * @param e - what was thrown
 * @returns an `internal_error` issue
 * @example
 * ```ts
 * internalIssue(new TypeError('boom')).code; // "internal_error"
 * ```
 */
export function internalIssue(e: unknown): Issue {
  return makeIssue('internal_error', [], { message: safeMessage(e) });
}

/**
 * Anything thrown while reading `file`, as a JixiaoError: bad input stays as it is, a system error
 * names the path, anything else is an internal error.
 *
 * @param e - what was thrown
 * @param file - the file being read
 * @returns the error to report
 * @example
 * ```ts
 * asJixiaoError(new TypeError('boom'), 'a.json').issues[0].code; // "internal_error"
 * ```
 */
export function asJixiaoError(e: unknown, file: string): JixiaoError {
  if (e instanceof JixiaoError) return e;
  if (isErrno(e)) return fsError(e, file);
  return new JixiaoError([internalIssue(e)]);
}
