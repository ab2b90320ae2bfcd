// The plain-text summary for the clinical note. Loaded on demand (it needs the evidence base).
import { SINS_COMPONENTS, SINS_LABELS, formatLevels } from '../clinical';
import { matchOutcomes } from '../evidence';
import type { Assessment } from '../storage/assessment';
import { derive, sinsAnnouncement } from './derive';
import { esccAnnouncement } from './components/Escc';
import { tesAnnouncement } from './components/Tes';
import { formatValue, provenance, rangeText } from './components/Outcomes';

export function buildSummary(a: Assessment, now: Date = new Date()): string {
  const d = derive(a);
  const lines: string[] = [];
  lines.push(`Spinal metastasis assessment — ${now.toISOString().slice(0, 10)}`);
  lines.push(`Levels: ${a.levels.length ? formatLevels(a.levels) : 'not entered'}`);
  lines.push('');
  lines.push(sinsAnnouncement(d.sins));
  for (const c of SINS_COMPONENTS) {
    const answer = d.sinsFindings[c];
    const label = answer ? (SINS_LABELS[c].options as Record<string, string>)[answer] : 'not answered';
    const points = d.sins.points[c];
    lines.push(`  ${SINS_LABELS[c].title.split(' (')[0]}: ${label}${points !== undefined ? ` (${points})` : ''}`);
  }
  if (d.location?.spansSegments) lines.push('  Location: lesion spans segments; highest-scoring level used (no official rule).');
  lines.push('');
  lines.push(esccAnnouncement(d.escc));
  lines.push('');
  lines.push(tesAnnouncement(d.tes));
  for (const c of d.tes.criteria) lines.push(`  ${c.status === 'met' ? 'Met' : c.status === 'not-met' ? 'Not met' : 'Not assessed'}: ${c.title}. ${c.reason}`);
  const m = matchOutcomes(d.profile);
  lines.push('');
  if (m.status === 'no-match') {
    lines.push(`Matched outcomes: ${m.message}`);
  } else {
    lines.push('Matched outcomes (literature on metastatic leiomyosarcoma):');
    for (const r of m.ranges) lines.push(`  ${rangeText(r)}`);
    const first = m.matches[0];
    if (first) {
      lines.push(`  Closest cohort: ${first.title}`);
      for (const r of first.records.filter((x) => !x.population.subgroup).slice(0, 6)) {
        lines.push(`    ${r.label}: ${formatValue(r)} [${provenance(r)}]`);
      }
      for (const c of first.conflicts) lines.push(`    Note: ${c.summary}`);
    }
  }
  lines.push('');
  lines.push('Decision support only; check against the sources. Nothing entered left this device.');
  return lines.join('\n');
}
