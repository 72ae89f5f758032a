import { describe, expect, it } from 'vitest';
import { keysetPages, streamTable, type ExportTable } from './tabular-export.js';

const ROWS = [1, 2, 3, 4, 5].map((n) => ({ id: n, name: `Item ${n}` }));

/** A list query over ROWS: up to `limit + 1` rows after the cursor, as the list repositories answer. */
function fakeList(calls: (number | undefined)[]) {
  return async (cursor: unknown[] | undefined, limit: number) => {
    const after = cursor ? (cursor[0] as number) : 0;
    calls.push(cursor ? after : undefined);
    return ROWS.filter((r) => r.id > after).slice(0, limit + 1);
  };
}

describe('reading a list page by page', () => {
  it('reads every row once, across page boundaries, with the cursor of the last row of each page', async () => {
    const calls: (number | undefined)[] = [];
    const pages: number[][] = [];
    for await (const page of keysetPages(fakeList(calls), (r) => [r.id], 2)) pages.push(page.map((r) => r.id));
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
    expect(calls).toEqual([undefined, 2, 4]);
  });

  it('stops after a full last page without asking again', async () => {
    const calls: (number | undefined)[] = [];
    const pages: number[][] = [];
    for await (const page of keysetPages(fakeList(calls), (r) => [r.id], 5)) pages.push(page.map((r) => r.id));
    expect(pages).toEqual([[1, 2, 3, 4, 5]]);
    expect(calls).toEqual([undefined]);
  });
});

describe('writing a table', () => {
  const table = (size: number): ExportTable<(typeof ROWS)[number]> => ({
    name: 'items',
    sheet: 'Items',
    columns: (first) => [
      { header: 'Name', value: (r) => r.name },
      { header: `Id (first page had ${first.length})`, value: (r) => r.id },
    ],
    pages: keysetPages(fakeList([]), (r) => [r.id], size),
  });

  it('writes the header, chosen from the first page, then every row of every page as CSV', async () => {
    let text = '';
    for await (const chunk of await streamTable('csv', table(2))) text += String(chunk);
    expect(text).toBe(
      '\ufeffName,Id (first page had 2)\r\nItem 1,1\r\nItem 2,2\r\nItem 3,3\r\nItem 4,4\r\nItem 5,5\r\n',
    );
  });

  it('rejects before the file starts when the first page fails', async () => {
    const failing: ExportTable<{ id: number }> = {
      name: 'x',
      sheet: 'X',
      columns: [],
      pages: keysetPages(
        async () => {
          throw new Error('refused');
        },
        (r) => [r.id],
      ),
    };
    await expect(streamTable('csv', failing)).rejects.toThrow('refused');
  });
});
