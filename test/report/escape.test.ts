import { describe, expect, it } from 'vitest';
import { JixiaoError, csvRecords } from '../../src/index.js';
import { csvField } from '../../src/report/csv.js';
import { escapeHtml } from '../../src/report/html.js';
import {
  csvCell,
  htmlChars,
  inertJson,
  markdownText,
  terminalLine,
  terminalSafe,
} from '../../src/report/escape.js';

describe('csvCell and csvField', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\n=1+1', `"'\n=1+1"`],
  ])('issue 8 defect 9: csvField(%j) is %j, shown as text', (text, cell) => {
    expect(csvField(text)).toBe(cell);
    expect(csvCell(text)).toBe(cell);
  });

  it.each(['-1.50', '97.94', '0', '+3', '-0.25', '86.20%', '100'])(
    'issue 8 defect 9: the number %j stays a number',
    (n) => {
      expect(csvField(n)).toBe(n);
    },
  );

  it('issue 8 defect 9: text that only looks like a number after a sign is neutralised', () => {
    expect(csvField('-1.5.2')).toBe("'-1.5.2");
    expect(csvField('-1e5')).toBe("'-1e5");
    expect(csvField('- 1')).toBe("'- 1");
  });

  it('issue 8 defect 9: quoting still follows RFC 4180, and the cell reads back as written', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField("'=1")).toBe("'=1");
    const cell = csvField('=HYPERLINK("http://x","y"),\r\nz');
    expect(csvRecords(`${cell}\r\n`)).toEqual([['\'=HYPERLINK("http://x","y"),\r\nz']]);
  });

  it('issue 8 defect 8: csvField of a non-string is a JixiaoError', () => {
    for (const bad of [null, 42, [], {}, undefined])
      expect(() => csvField(bad as never)).toThrow(JixiaoError);
  });
});

describe('markdownText', () => {
  it('issue 8 defect 10: a backslash is escaped before the pipe, so z\\|w stays in its cell', () => {
    expect(markdownText('z\\|w')).toBe('z\\\\\\|w');
    expect(markdownText('a|b')).toBe('a\\|b');
  });

  it('issue 8 defect 10: raw HTML becomes entities', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt;',
    );
    expect(markdownText('<img src=x onerror=alert(1)>')).not.toContain('<');
    expect(markdownText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('issue 8 defect 10: links, images and autolinks cannot form', () => {
    expect(markdownText('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdownText('![i](http://x/y.png)')).toBe('\\!\\[i\\]\\(http\\://x/y.png\\)');
    expect(markdownText('<javascript:alert(1)>')).toBe('&lt;javascript:alert\\(1\\)&gt;');
    expect(markdownText('see www.example.com')).toBe('see www\\.example.com');
    expect(markdownText('a@b.example')).toBe('a\\@b.example');
  });

  it('issue 8 defect 10: emphasis, code, math and headings are escaped', () => {
    expect(markdownText('**b** _i_ `c` ~~s~~ $x$ # h {a}')).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\$x\\$ \\# h \\{a\\}',
    );
  });

  it('issue 8 defect 10: text cannot start a list or a heading, but numbers stay as they are', () => {
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('===')).toBe('\\===');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('-1.50')).toBe('-1.50');
    expect(markdownText('97.94')).toBe('97.94');
    expect(markdownText('投入 › 目标设定')).toBe('投入 › 目标设定');
  });

  it('issue 8 defect 10: line breaks become spaces and control characters go', () => {
    expect(markdownText('a\r\nb\nc\rd\u2028e\tf')).toBe('a b c d e f');
    expect(markdownText('a\u001b[31mb\u202ec\u0000')).toBe('abc');
  });
});

describe('terminal text', () => {
  it('issue 8 defect 10: terminalSafe removes escape sequences, controls and bidi controls', () => {
    expect(terminalSafe('a\u001b[31mb\u001b[0m')).toBe('ab');
    expect(terminalSafe('a\u001b]0;title\u0007b')).toBe('ab');
    expect(terminalSafe('a\u009b2Jb')).toBe('ab');
    expect(terminalSafe('a\u202eb\u2066c\u2069\u061c')).toBe('abc');
    expect(terminalSafe('a\tb\nc')).toBe('a\tb\nc');
  });

  it('issue 8 defect 10: terminalLine keeps a value on one line', () => {
    expect(terminalLine('a\r\nb\rc\nd\te\u2028f')).toBe('a b c d e f');
  });
});

describe('HTML and JSON text', () => {
  it('issue 8 defect 10: escapeHtml escapes and drops characters HTML forbids', () => {
    expect(escapeHtml('<b>&"\'')).toBe('&lt;b&gt;&amp;&quot;&#39;');
    expect(escapeHtml('a\u0000b\u0008c\u000bd\u007fe\u0085f\u009bg\ufffeh\u202ei')).toBe(
      'abcdefghi',
    );
    expect(escapeHtml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(htmlChars('x\ud800y\udc00z\ud83d\ude00')).toBe('x\ufffdy\ufffdz\ud83d\ude00');
  });

  it('issue 8 defect 8: escapeHtml of a non-string is a JixiaoError', () => {
    for (const bad of [null, 42, [], {}, undefined])
      expect(() => escapeHtml(bad as never)).toThrow(JixiaoError);
  });

  it('issue 8 defect 10: inertJson writes C1, bidi and line separators as escapes', () => {
    const value = { a: 'x\u009b2J\u202e\u2028\u007f' };
    const json = inertJson(JSON.stringify(value));
    expect(json).toBe('{"a":"x\\u009b2J\\u202e\\u2028\\u007f"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
