// Shared by every seed file: fills a cohort's common fields into each of its figures.
import type { OutcomeRecord } from '../schema';

type Defaults = {
  population: OutcomeRecord['population'];
  source: { seed: OutcomeRecord['source']['seed'] };
  design: OutcomeRecord['design'];
  intervention: OutcomeRecord['intervention'];
  timeOrigin?: OutcomeRecord['timeOrigin'];
  primaryCitation?: string | null;
};

export type Draft = Omit<OutcomeRecord, 'population' | 'source' | 'design' | 'intervention' | 'timeOrigin'> & {
  population?: Partial<OutcomeRecord['population']>;
  source: Partial<OutcomeRecord['source']> & { location: string };
  design?: OutcomeRecord['design'];
  intervention?: OutcomeRecord['intervention'];
  timeOrigin?: OutcomeRecord['timeOrigin'];
};

export function cohort(defaults: Defaults) {
  return (d: Draft): OutcomeRecord => {
    const { population, source, ...rest } = d;
    const timeOrigin = d.timeOrigin ?? defaults.timeOrigin;
    if (!timeOrigin) throw new Error(`${d.id}: no time origin`);
    return {
      design: defaults.design,
      intervention: defaults.intervention,
      ...(defaults.primaryCitation !== undefined ? { primaryCitation: defaults.primaryCitation } : {}),
      ...rest,
      timeOrigin,
      population: { ...defaults.population, ...population },
      source: { ...defaults.source, ...source },
    };
  };
}

/** A record id part from a group's words: "≥ 50 years" -> "ge-50-years". */
export const slug = (s: string) =>
  s.toLowerCase().replace(/≥/g, 'ge').replace(/≤/g, 'le').replace(/</g, 'lt').replace(/>/g, 'gt').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
