// The patient in the words a note is written in: each organ with its count (singular and plural
// right), the treatment being weighed. Only the note reads these: they stay out of the first load
// (histology.ts names the histology, which the TES panel needs too). Pure text, no DOM.
import { ORGANS, type Organ, type OrganFindings, type Patient } from '../clinical';
import { INTERVENTIONS } from '../evidence/interventions';

const ORGAN: Record<Organ, string> = {
  lung: 'lung',
  liver: 'liver',
  brain: 'brain',
  adrenal: 'adrenal',
  peritoneum: 'peritoneal',
  'lymph-node': 'distant lymph-node',
  other: 'other-organ',
};

const metastases = (n: number) => (n === 1 ? 'metastasis' : 'metastases');

/** "2 liver, 1 lung metastases", "1 other-organ metastasis", "no other-organ metastases". */
export function organsText(organs: OrganFindings | undefined): string {
  if (organs === undefined) return 'other-organ metastases not entered';
  const ticked = ORGANS.filter((o) => organs[o] !== undefined);
  if (ticked.length === 0) return 'no other-organ metastases';
  const counted = ticked.filter((o) => organs[o]?.count !== undefined).sort((a, b) => (organs[b]?.count ?? 0) - (organs[a]?.count ?? 0));
  const uncounted = ticked.filter((o) => organs[o]?.count === undefined);
  const total = counted.reduce((n, o) => n + (organs[o]?.count ?? 0), 0);
  const parts = counted.length > 0 ? [`${counted.map((o) => `${organs[o]?.count} ${ORGAN[o]}`).join(', ')} ${metastases(total)}`] : [];
  for (const o of uncounted) parts.push(`${ORGAN[o]} metastases (number not entered)`);
  return parts.join(', ');
}

/** The treatment being weighed, as the note names it. */
export function treatmentText(p: Pick<Patient, 'treatment'>): string {
  return `Treatment being weighed: ${p.treatment ? INTERVENTIONS[p.treatment] : 'not entered'}`;
}
