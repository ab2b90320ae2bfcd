// Kaplan-Meier estimate with Greenwood variance and a 95% band on the log-log scale, as R's
// survival package with conf.type = "log-log". Deaths at a time are counted before censorings
// at that same time (the usual convention).

export interface Observation {
  /** Months from the time origin to the event or the last follow-up. */
  time: number;
  /** True for the event (death of disease); false for censored (alive at last follow-up). */
  event: boolean;
}

export interface KmStep {
  time: number;
  survival: number;
  atRisk: number;
  events: number;
  censored: number;
  /** 95% band; null where it is undefined (survival 1, or 0). */
  lower: number | null;
  upper: number | null;
}

export interface KmPoint {
  survival: number;
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeier {
  n: number;
  events: number;
  /** One step per distinct time with an event or a censoring, in time order. */
  steps: KmStep[];
  at(time: number): KmPoint;
  /** First time the curve is at or below 0.5; null when it never gets there. */
  median: number | null;
  /** Area under the curve from 0 to tau (default: the largest observed time). */
  restrictedMean(tau?: number): number;
  /** Number at risk just before `time`. */
  atRisk(time: number): number;
}

const Z95 = 1.959963984540054;

function band(survival: number, greenwood: number): { lower: number | null; upper: number | null } {
  if (survival <= 0 || survival >= 1 || !Number.isFinite(greenwood)) return { lower: null, upper: null };
  const logS = Math.log(survival);
  const se = Math.sqrt(greenwood) / Math.abs(logS);
  return { lower: survival ** Math.exp(Z95 * se), upper: survival ** Math.exp(-Z95 * se) };
}

export function kaplanMeier(observations: readonly Observation[]): KaplanMeier {
  for (const o of observations) {
    if (!Number.isFinite(o.time) || o.time < 0) throw new RangeError(`Survival time must be 0 or more: ${o.time}`);
  }
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  const n = sorted.length;
  const steps: KmStep[] = [];
  let survival = 1;
  let greenwood = 0;
  let i = 0;
  while (i < n) {
    const time = (sorted[i] as Observation).time;
    const atRisk = n - i;
    let events = 0;
    let censored = 0;
    while (i < n && (sorted[i] as Observation).time === time) {
      if ((sorted[i] as Observation).event) events += 1;
      else censored += 1;
      i += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood += atRisk === events ? Infinity : events / (atRisk * (atRisk - events));
    }
    steps.push({ time, survival, atRisk, events, censored, ...band(survival, greenwood) });
  }

  const at = (time: number): KmPoint => {
    let point: KmPoint = { survival: 1, lower: null, upper: null };
    for (const s of steps) {
      if (s.time > time) break;
      point = { survival: s.survival, lower: s.lower, upper: s.upper };
    }
    return point;
  };

  const median = steps.find((s) => s.events > 0 && s.survival <= 0.5)?.time ?? null;
  const maxTime = sorted.length > 0 ? (sorted[n - 1] as Observation).time : 0;

  const restrictedMean = (tau: number = maxTime): number => {
    let area = 0;
    let last = 0;
    let current = 1;
    for (const s of steps) {
      if (s.time >= tau) break;
      area += current * (s.time - last);
      last = s.time;
      current = s.survival;
    }
    return area + current * Math.max(0, tau - last);
  };

  const atRiskBefore = (time: number): number => sorted.filter((o) => o.time >= time).length;

  return {
    n,
    events: sorted.filter((o) => o.event).length,
    steps,
    at,
    median,
    restrictedMean,
    atRisk: atRiskBefore,
  };
}
