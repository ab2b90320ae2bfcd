// Small interval arithmetic for figures the papers print without one.

/** Wilson score 95% interval for events of n, in percent, one decimal. */
export function wilson95(events: number, n: number): { low: number; high: number } | null {
  if (!Number.isInteger(events) || !Number.isInteger(n) || n < 1 || events < 0 || events > n) return null;
  const z = 1.959963984540054;
  const p = events / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  const round = (v: number) => Math.round(v * 1000) / 10;
  return { low: round(Math.max(0, centre - half)), high: round(Math.min(1, centre + half)) };
}

/** Below this many patients a figure carries a plain warning. */
export const FEW_PATIENTS = 5;
