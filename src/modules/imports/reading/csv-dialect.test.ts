import { describe, expect, it } from 'vitest';
import { detectDialect } from './csv-dialect.js';

describe('CSV dialect', () => {
  it('finds the delimiter that splits every record alike', () => {
    expect(detectDialect('a,b,c\n1,2,3\n', true).delimiter).toBe(',');
    expect(detectDialect('a;b;c\n1,5;2,5;3\n', true).delimiter).toBe(';');
    expect(detectDialect('a\tb\tc\n1\t2\t3\n', true).delimiter).toBe('\t');
    expect(detectDialect('a|b|c\n1|2|3\n', true).delimiter).toBe('|');
  });

  it('does not count delimiters inside quotes', () => {
    const text = 'name;notes\n"Smith, John";"a, b, c, d"\n"Doe, Jane";"x, y"\n';
    expect(detectDialect(text, true).delimiter).toBe(';');
  });

  it('obeys and skips Excel\'s "sep=" line', () => {
    const dialect = detectDialect('sep=;\na,b;c\n1;2\n', true);
    expect(dialect).toMatchObject({ delimiter: ';', sepLine: true });
  });

  it('names the line endings, a CR inside quotes not counting', () => {
    expect(detectDialect('a,b\r1,"x\ny"\r2,3\r', true).lineEnding).toBe('CR');
    expect(detectDialect('a,b\r\n1,2\r\n', true).lineEnding).toBe('CRLF');
    expect(detectDialect('a,b\n1,2\n', true).lineEnding).toBe('LF');
    expect(detectDialect('a,b\n1,2\r\n3,4\r', true).lineEnding).toBe('mixed');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDialect('tag\nQM-1\nQM-2\n', true)).toMatchObject({ delimiter: ',' });
  });
});
