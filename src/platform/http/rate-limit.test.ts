import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('rate limiter', () => {
  it('blocks after the limit within the window and lets go after it', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('k')).toBe(0);
      limiter.hit('k');
    }
    expect(limiter.retryAfter('k')).toBe(60);
    expect(limiter.retryAfter('other')).toBe(0);
    now = 60_001;
    expect(limiter.retryAfter('k')).toBe(0);
  });

  it('forgets a key on reset (a successful sign-in)', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.hit('k');
    limiter.reset('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });
});
