import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseSort, toPage } from './pagination.js';
import { AppError } from './errors.js';

describe('keyset pagination', () => {
  it('round-trips a cursor', () => {
    const cursor = encodeCursor(['abc', 'id-1']);
    expect(decodeCursor(cursor, 2)).toEqual(['abc', 'id-1']);
  });

  it('refuses a cursor it did not give out, naming the parameter', () => {
    for (const bad of ['garbage', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        throw new Error('accepted');
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).errors?.[0]?.pointer).toBe('/query/cursor');
      }
    }
  });

  it('gives a next cursor only when there is another page', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    expect(toPage(rows, 3, (r) => [r.n]).nextCursor).toBeNull();
    const page = toPage(rows, 2, (r) => [r.n]);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!, 1)).toEqual([2]);
  });

  it('reads a descending sort from a leading minus', () => {
    expect(parseSort('-createdAt')).toEqual({ field: 'createdAt', descending: true });
    expect(parseSort('email')).toEqual({ field: 'email', descending: false });
  });
});
