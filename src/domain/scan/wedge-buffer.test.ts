import { describe, expect, it } from 'vitest';
import { WedgeBuffer } from './wedge-buffer.js';

function feed(buffer: WedgeBuffer, text: string, start: number, gapMs: number): number {
  let t = start;
  for (const ch of text) {
    buffer.push(ch, t);
    t += gapMs;
  }
  return t;
}

describe('WedgeBuffer', () => {
  it('calls a fast burst ending in Enter a scan', () => {
    const b = new WedgeBuffer();
    const t = feed(b, 'QM-000123', 1000, 8);
    expect(b.end(t)).toEqual({ text: 'QM-000123', fromScanner: true });
    expect(b.length).toBe(0);
  });

  it('calls a person typing at 120 ms a key typing', () => {
    const b = new WedgeBuffer();
    const t = feed(b, 'QM-1', 1000, 120);
    expect(b.end(t)).toEqual({ text: 'QM-1', fromScanner: false });
  });

  it('starts over after a pause, so earlier typing does not hide the burst that follows', () => {
    const b = new WedgeBuffer();
    feed(b, 'ab', 0, 150);
    const t = feed(b, 'SHELF-B2', 2000, 5);
    expect(b.end(t)).toEqual({ text: 'SHELF-B2', fromScanner: true });
  });

  it('a burst followed by Enter long after is not a scanner (someone pressed Enter)', () => {
    const b = new WedgeBuffer();
    feed(b, 'QM-000123', 0, 5);
    expect(b.end(5000)).toEqual({ text: 'QM-000123', fromScanner: false });
  });

  it('too few characters are never a scan', () => {
    const b = new WedgeBuffer();
    const t = feed(b, 'ab', 0, 2);
    expect(b.end(t).fromScanner).toBe(false);
  });

  it('clock going backwards starts over', () => {
    const b = new WedgeBuffer();
    feed(b, 'xyz', 1000, 5);
    const t = feed(b, 'CODE1', 500, 5);
    expect(b.end(t)).toEqual({ text: 'CODE1', fromScanner: true });
  });

  it('Enter with nothing collected gives empty text', () => {
    expect(new WedgeBuffer().end(10)).toEqual({ text: '', fromScanner: false });
  });
});
