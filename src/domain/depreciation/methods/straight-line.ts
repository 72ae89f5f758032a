/**
 * Straight line: cost minus salvage spread evenly over the life, in proportion to the months of
 * life each calendar month uses (month-based conventions) or to the days (actual_days).
 */
import { lifeByDay, lifeByMonth, perMonth } from '../conventions.js';
import { monthOfDay } from '../calendar.js';
import { monthSegment, type Segment } from '../segments.js';
import type { MethodContext } from './context.js';

export function straightLine(ctx: MethodContext): Segment[] {
  const base = ctx.basis.sub(ctx.salvage);
  if (ctx.convention === 'actual_days') {
    const { first, last } = lifeByDay(ctx.startDay, ctx.lifeMonths);
    return [{ first, last, amount: base, daily: true }];
  }
  const months = lifeByMonth(ctx.convention, monthOfDay(ctx.startDay), ctx.lifeMonths, ctx.fiscalYearStartMonth);
  return perMonth(months, base.scale(1, ctx.lifeMonths), monthSegment);
}
