// Citations a clinician can follow: first author, year, journal where known, and the table or
// section; the study quoted, where a paper quotes another. Source file names stay in
// `record.source.seed` for developers and never appear here.
import { SEEDS } from './labels';
import type { OutcomeRecord } from './schema';

type Cited = Pick<OutcomeRecord, 'source' | 'primaryCitation' | 'design'>;

/** "Liu A, Sankey EW, … J Neurosurg Spine 2016;24:131-144" -> "Liu A et al. 2016, J Neurosurg Spine". */
export function shortPrimary(one: string): string {
  const author = (one.split(/,| et al\.?/)[0] ?? one).trim();
  const year = one.match(/\b(19|20)\d{2}\b/);
  if (!year) return author;
  // The journal is the last sentence before the year: "… Sheehan JP. J Neurooncol 2014".
  const journal = one.slice(0, year.index).trim().split('. ').pop()?.trim();
  return `${author} et al. ${year[0]}${journal && journal !== author ? `, ${journal}` : ''}`;
}

/** The paper a figure was read in, short: "Kato S et al. 2020, Eur Spine J". */
export function publicationOf(r: Pick<OutcomeRecord, 'source'>): string {
  return SEEDS[r.source.seed].short;
}

/** Where to find the figure: "Kato S et al. 2020, Eur Spine J, Table 2". */
export function citationOf(r: Cited): string {
  const where = `${publicationOf(r)}, ${r.source.location}`;
  const computed = r.design === 'computed-from-seed' ? ' (computed by this app from the published table)' : '';
  if (r.primaryCitation) return `${r.primaryCitation.split('; ').map(shortPrimary).join('; ')}, as quoted in ${where}${computed}`;
  if (r.primaryCitation === null) return `${where} (the study quoted is not named)${computed}`;
  return where + computed;
}

/** Full references for the figures shown, each once, in order of first use. */
export function referenceList(records: readonly Cited[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (ref: string) => {
    if (!seen.has(ref)) {
      seen.add(ref);
      out.push(ref);
    }
  };
  for (const r of records) {
    for (const p of r.primaryCitation?.split('; ') ?? []) add(p.endsWith('.') ? p : `${p}.`);
    const full = SEEDS[r.source.seed].full;
    add(full.endsWith('.') ? full : `${full}.`);
  }
  return out;
}
