import { describe, expect, it } from 'vitest';
import { Progress, duration, progressLine } from '../../src/cli/progress.js';
import { fakeIo } from './fake-io.js';

const TABLES = { zh: '张', en: 'tables' };

describe('progress lines', () => {
  it('reads durations as a person does', () => {
    expect([0, 42, 59.6, 60, 185, 3599, 3600, 3725].map(duration)).toEqual([
      '0s',
      '42s',
      '1m00s',
      '1m00s',
      '3m05s',
      '59m59s',
      '1h00m',
      '1h02m',
    ]);
  });

  it('gives the count, and the percentage and time left when the whole is known', () => {
    expect(progressLine('en', TABLES, 500, null, 10)).toBe('500 tables');
    expect(progressLine('en', TABLES, 500, 0.25, 10)).toBe('500 tables, 25%, 30s left');
    expect(progressLine('zh', TABLES, 500, 0.25, 10)).toBe('已处理 500 张，25%，剩余约 30s');
    // No estimate before a second has passed, nor at the end.
    expect(progressLine('en', TABLES, 5, 0.01, 0.5)).toBe('5 tables, 1%');
    expect(progressLine('en', TABLES, 5, 1, 9)).toBe('5 tables, 100%');
    expect(progressLine('en', TABLES, 5, 1.5, 9)).toBe('5 tables, 100%');
  });

  it('shows on a terminal only, at most five times a second, and clears its line', () => {
    let t = 0;
    const tty = fakeIo({}, '', true, { now: () => t });
    const p = new Progress(tty.io, 'en', TABLES, false);
    p.tick(1, 0.1);
    t = 100;
    p.tick(2, 0.2); // too soon: not shown
    t = 2000;
    p.tick(3, 0.5);
    p.end();
    expect(tty.err()).toBe('\r1 tables, 10%\u001b[K\r3 tables, 50%, 2s left\u001b[K\r\u001b[K');

    const pipe = fakeIo({}, '', false, { now: () => t });
    new Progress(pipe.io, 'en', TABLES, false).tick(1, 0.5);
    const quiet = fakeIo({}, '', true, { now: () => t });
    const q = new Progress(quiet.io, 'en', TABLES, true);
    q.tick(1, 0.5);
    q.end();
    expect(pipe.err() + quiet.err()).toBe('');
  });
});
