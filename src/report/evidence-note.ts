// The evidence lines of the clinical note and the print: by default the one key figure for the
// treatment being weighed, with its citation; on request the whole list. Publications only,
// never a file name.
import { citationOf, conflicts, figureText, formatValue, matchOutcomes, nText, rangeText, referenceList, type CohortMatch, type OutcomeRecord, type PatientProfile } from '../evidence';
import { keyFiguresForNote, studyNoteLines, studyReferences } from '../evidence/study-text';

const SURVIVAL: ReadonlySet<OutcomeRecord['measure']> = new Set([
  'overall-survival', 'cancer-specific-survival', 'progression-free-survival', 'disease-free-survival', 'recurrence-free-survival',
]);

const disputed = (r: OutcomeRecord) => conflicts.some((c) => c.records.includes(r.id));

/** The figure a note should carry: a printed, undisputed whole-cohort survival figure, a
 *  5-year rate before a median, a median before anything else. */
export function keyFigure(m: CohortMatch): OutcomeRecord | null {
  const pool = m.records.filter((r) => !r.population.subgroup && r.value !== null && r.design !== 'computed-from-seed');
  const rank = (r: OutcomeRecord) =>
    (SURVIVAL.has(r.measure) ? 0 : 10) + (disputed(r) ? 5 : 0) + (r.statistic === 'rate' && r.atMonths === 60 ? 0 : r.statistic === 'rate' ? 1 : r.statistic === 'median' ? 2 : 3);
  return [...pool].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function keyLine(r: OutcomeRecord, heading: string): string {
  const flag = disputed(r) ? ' [the papers disagree on this figure; see the app]' : '';
  return `${heading}: ${r.label}: ${formatValue(r)} (${nText(r)}) — ${citationOf(r)}${flag}`;
}

export function evidenceNoteLines(profile: PatientProfile, { full }: { full: boolean }): string[] {
  const m = matchOutcomes(profile);
  // The trials and series that apply name the key figures; the leiomyosarcoma cohorts add theirs.
  const trials = quotedTrials(profile, m.status === 'matched');
  if (m.status === 'no-match') {
    const key = trials.length > 0 ? trials.map((t) => t.line) : [`Outcome evidence: ${m.message}`];
    return full ? [...key, ...studyNoteLines(profile)] : key;
  }
  const group = m.planned ?? m.others[0];
  const best = group?.matches[0];
  const key = best ? keyFigure(best) : null;
  const heading = m.planned ? `Key evidence for ${m.planned.title}` : 'Key evidence (no treatment chosen; closest cohort)';
  const lines = key ? [keyLine(key, heading), ...trials.map((t) => t.line)] : [`${heading}: no figure to quote.`];
  if (!full) return lines;
  lines.push(...studyNoteLines(profile));

  for (const g of [...(m.planned ? [m.planned] : []), ...m.others]) {
    lines.push(`${g.planned ? 'For the planned treatment' : 'Other treatment'}: ${g.title}`);
    for (const l of g.lines) lines.push(`  ${rangeText(l)}`);
    for (const c of g.matches) {
      lines.push(`  Cohort: ${c.title} (${c.n !== null ? `n = ${c.n}` : 'n not given'})`);
      for (const r of c.records.filter((x) => !x.population.subgroup)) lines.push(`    ${figureText(r)}`);
      for (const c2 of c.conflicts) lines.push(`    Papers disagree: ${c2.summary}`);
    }
  }
  if (m.kato) {
    for (const s of [...m.kato.subgroups, m.kato.ifRecovers]) {
      const at = s.curve.at(60);
      lines.push(`  Kato 2020 subgroup ${s.factor}: ${s.group}: n = ${s.n}, ${s.threeYearSurvivors.count}/${s.threeYearSurvivors.of} alive at 3 years; 5-year ${Math.round(at.survival * 100)}%${at.lower !== null && at.upper !== null ? ` (95% CI ${Math.round(at.lower * 100)}–${Math.round(at.upper * 100)}%)` : ''}${s.n < 5 ? ' — fewer than 5 patients, not reliable' : ''}`);
    }
  }
  return lines;
}

/** The trials a note quotes: two; one beside a leiomyosarcoma cohort's figure, and only one that applies in full. */
function quotedTrials(profile: PatientProfile, lms: boolean) {
  const all = keyFiguresForNote(profile);
  return lms ? all.filter((t) => t.status === 'applies').slice(0, 1) : all;
}

/** The reference list for the print (one page): every publication behind the figures matched, and the trials the note quotes. */
export function referencesFor(profile: PatientProfile): string[] {
  const m = matchOutcomes(profile);
  const quoted = new Set(quotedTrials(profile, m.status === 'matched').map((t) => t.studyId));
  const refs = [...(m.status === 'no-match' ? [] : referenceList(m.matches.flatMap((c) => c.records))), ...studyReferences(profile, quoted)];
  return refs.map((ref, i) => `${i + 1}. ${ref}`);
}
