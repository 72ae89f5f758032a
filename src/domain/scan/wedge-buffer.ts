/**
 * Keystrokes as a keyboard-wedge scanner sends them: the station feeds every printable key with
 * its time and asks, at Enter or Tab, what was collected and whether a scanner sent it (see
 * scanner-burst). A pause longer than any scanner makes starts over, so a person's earlier typing
 * does not blur a burst that follows. Pure: no DOM, the caller passes the times.
 */
import { isLikelyScannerBurst, type ScannerBurstOptions } from './scanner-burst.js';

export interface WedgeBufferOptions extends ScannerBurstOptions {
  /** A gap longer than this (ms) between two keys starts a new code. */
  maxGapMs?: number;
}

export interface WedgeCode {
  text: string;
  fromScanner: boolean;
}

export class WedgeBuffer {
  private chars: string[] = [];
  private times: number[] = [];
  private readonly maxGapMs: number;

  constructor(private readonly options: WedgeBufferOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? 300;
  }

  /** A printable character (one key) arrived at `timeMs`. */
  push(char: string, timeMs: number): void {
    const last = this.times.at(-1);
    if (last !== undefined && (timeMs - last > this.maxGapMs || timeMs < last)) this.clear();
    this.chars.push(char);
    this.times.push(timeMs);
  }

  /** How many characters are waiting. */
  get length(): number {
    return this.chars.length;
  }

  /** Enter or Tab arrived at `timeMs`: what was collected and whether it came from a scanner. Clears. */
  end(timeMs: number): WedgeCode {
    const last = this.times.at(-1);
    // The terminator belongs to the burst only when it follows as fast as a scanner sends it.
    const prompt = last !== undefined && timeMs >= last && timeMs - last <= this.maxGapMs;
    const code = {
      text: this.chars.join(''),
      fromScanner: prompt && isLikelyScannerBurst([...this.times, timeMs], this.options),
    };
    this.clear();
    return code;
  }

  clear(): void {
    this.chars = [];
    this.times = [];
  }
}
