// The arithmetic every prognostic score here shares: each item can still take a set of points;
// an item is answered once that set is a single value. A missing answer is never 0: it widens
// the range [min, max] the total can still take.

export interface ItemRange {
  min: number;
  max: number;
}

export interface Tally<I extends string> {
  /** Null until every item is decided. */
  total: number | null;
  min: number;
  max: number;
  /** Points of each decided item; undefined while the item is open. */
  points: Partial<Record<I, number>>;
  /** The points each item can still take (equal ends once decided). */
  ranges: Record<I, ItemRange>;
  /** Items still open, in the published order. */
  unanswered: I[];
}

export function tally<I extends string>(items: readonly I[], possible: Record<I, readonly number[]>): Tally<I> {
  const points: Partial<Record<I, number>> = {};
  const ranges = {} as Record<I, ItemRange>;
  const unanswered: I[] = [];
  let min = 0;
  let max = 0;
  for (const item of items) {
    const p = possible[item];
    const lo = Math.min(...p);
    const hi = Math.max(...p);
    ranges[item] = { min: lo, max: hi };
    min += lo;
    max += hi;
    if (lo === hi) points[item] = lo;
    else unanswered.push(item);
  }
  return { total: unanswered.length === 0 ? min : null, min, max, points, ranges, unanswered };
}

/** The band both ends of the range fall in, or null while the range spans bands. */
export function decidedBand<B extends string>(bands: ReadonlyArray<{ id: B; min: number; max: number }>, min: number, max: number): B | null {
  const find = (t: number) => bands.find((b) => t >= b.min && t <= b.max)?.id ?? null;
  const low = find(min);
  return low !== null && low === find(max) ? low : null;
}

/** Points of a published option, or RangeError for a value that is not one (as scoreSins does). */
export function optionPoints(score: string, item: string, table: Readonly<Record<string, number>>, answer: unknown): number {
  if (typeof answer !== 'string' || !Object.hasOwn(table, answer)) {
    throw new RangeError(`Not a ${score} ${item} option: ${String(answer)}`);
  }
  return table[answer] as number;
}

export function allPoints(table: Readonly<Record<string, number>>): number[] {
  return Object.values(table);
}
