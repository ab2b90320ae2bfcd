// @vitest-environment happy-dom
// The outcomes view: citations, n always, the reference list, relevance by treatment, subgroups
// offered only by pre-operative factors, the chart's legend and axis labels; no file names.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { PatientProfile } from '../../../src/evidence';
import Outcomes from '../../../src/ui/outcomes/Outcomes';

afterEach(cleanup);

const TES: PatientProfile = {
  histology: 'leiomyosarcoma', metastaticSites: ['spine'], levels: ['T12', 'L1', 'L2'], spinalLesionCount: 1, ecogPre: 3, ecogPost: 1,
  treatment: 'tes', age: 59, sex: 'F', sins: 11,
};

describe('Outcomes', () => {
  it('cites the paper, not a file, and shows n for every figure', () => {
    const { container } = render(<Outcomes profile={TES} />);
    expect(container.textContent).not.toMatch(/seed|\.txt/i);
    expect(screen.getAllByText(/Kato S et al\. 2020, Eur Spine J, Abstract; Results; Fig\. 1/).length).toBeGreaterThan(0);
    for (const p of container.querySelectorAll('.figure .provenance:first-of-type')) expect(p.textContent).toMatch(/^n (= \d+|not given: .+)/);
  });

  it('puts the planned treatment first and the others under a separate heading, with a reference list', () => {
    const { container } = render(<Outcomes profile={TES} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    const planned = headings.indexOf('Total en bloc spondylectomy (TES)');
    expect(planned).toBeGreaterThan(headings.indexOf('Leiomyosarcoma cohorts'));
    expect(planned).toBeLessThan(headings.indexOf('Other treatments (not the one being weighed)'));
    // The patient's own histology leads when a leiomyosarcoma cohort had the planned treatment.
    expect(headings.indexOf('Leiomyosarcoma cohorts')).toBeLessThan(headings.indexOf('Trials and series, by the board’s question'));
    expect(headings).toContain('References');
    const refs = container.querySelector('ol.references');
    expect(refs?.textContent).toMatch(/Kato S, Demura S/);
  });

  it('offers subgroups known before surgery only, post-operative ECOG as “if the patient recovers”', () => {
    const { container } = render(<Outcomes profile={TES} />);
    const panel = () => container.querySelector('.kato')?.textContent ?? '';
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent ?? '');
    expect(options.some((o) => /^Post-operative ECOG: 1–2/.test(o))).toBe(false);
    expect(options).toContain('Post-operative ECOG: if the patient recovers to ECOG 1 (n = 9)');
    expect(options.some((o) => /History of systemic therapy|History of irradiation|recurrence/i.test(o))).toBe(false);
    // Pre-operative ECOG 3 is the default: n = 4, so a plain warning.
    expect(select.value).toBe('ecog-pre');
    expect(panel()).toMatch(/Only 4 patients/);
    fireEvent.change(select, { target: { value: 'ecog-post' } });
    expect(panel()).not.toMatch(/Only 4 patients/);
    expect(panel()).toMatch(/if the patient recovers to ECOG 1: n = 9/);
  });

  it('draws the chart with a legend for both lines and both axis labels', () => {
    const { container } = render(<Outcomes profile={TES} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend.querySelectorAll('li')).toHaveLength(2);
    expect(legend.textContent).toMatch(/All 10 patients \(n = 10\)/);
    const svgText = [...container.querySelectorAll('.km svg text')].map((t) => t.textContent);
    expect(svgText).toEqual(expect.arrayContaining(['Survival probability', 'Months after TES']));
    for (const t of container.querySelectorAll('.km svg text')) expect(parseFloat((t as SVGElement).style.fontSize)).toBeGreaterThanOrEqual(11);
    expect((container.querySelector('.km svg[role="img"]') as SVGElement).style.minWidth).toBe('320px');
    // The at-risk table never wraps (styles.css); the browser test checks its rows stay whole at 390 px.
  });

  it('says, not as an error, that the leiomyosarcoma cohorts do not apply to a breast primary, and shows none of them', () => {
    const { container } = render(<Outcomes profile={{ histology: 'breast', metastaticSites: ['spine'], levels: ['T7'] }} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/leiomyosarcoma cohorts collected here do not apply to a breast primary/);
    expect(status.className).toBe('note');
    expect(container.textContent).not.toMatch(/Kato S et al\. 2020|Stork|Shabani|Koruga/);
  });

  it('shows the renal-cell series for a renal T10 TES candidate, with n, why it matches and a citation', () => {
    const { container } = render(<Outcomes profile={{ histology: 'kidney', metastaticSites: ['spine'], levels: ['T10'], spinalLesionCount: 1, sins: 16, escc: '2', ecogPre: 0, treatment: 'tes' }} />);
    const open = container.querySelector('details.question[open]') as HTMLElement;
    expect(open.dataset.question).toBe('en-bloc');
    const card = open.querySelector('[data-study="kanazawa2021-rcc"]') as HTMLElement;
    expect(card.textContent).toMatch(/Why it matches:.*renal cell carcinoma: 65 of 65 in the series/);
    expect(card.textContent).toMatch(/Median cancer-specific survival: 100 months/);
    expect(card.querySelector('.provenance')?.textContent).toMatch(/^n = 65 · from surgery · .*Cancer Sci, Abstract/);
    // SC.24 excluded frank instability: not shown for SINS 16.
    expect(container.querySelector('[data-study="sahgal2021-sc24"]')).toBeNull();
  });

  it('puts case reports under their own collapsed heading, after the cohorts, inside “More”', () => {
    const { container } = render(<Outcomes profile={TES} />);
    const more = container.querySelector('details.more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    const cases = more.querySelector('details.case-reports') as HTMLDetailsElement;
    expect(cases.open).toBe(false);
    expect(cases.querySelector('summary')?.textContent).toMatch(/^Case reports \(\d+\)/);
    // No case report is shown before “More”.
    const before = [...container.querySelectorAll('details.match')].filter((d) => !more.contains(d));
    for (const d of before) expect(d.textContent).not.toMatch(/Case report ·/);
  });

  it('draws a curve dashed where fewer than 10 patients are at risk, and says how many', () => {
    const { container } = render(<Outcomes profile={TES} />);
    const few = [...container.querySelectorAll('.km svg[role="img"] path.few')] as SVGPathElement[];
    // The subgroup of ECOG 3 (4 patients) is dashed from the start: its solid path is empty.
    const subgroup = container.querySelector('.km svg[role="img"] .curve-subgroup') as SVGGElement;
    expect(subgroup.querySelector('path.line:not(.few)')?.getAttribute('d')).toBe('');
    expect((subgroup.querySelector('path.few') as SVGPathElement).style.strokeDasharray).toBe('5 4');
    expect(few.every((p) => (p.getAttribute('d') ?? '').startsWith('M'))).toBe(true);
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toMatch(/\(n = 4\): 4 at risk at the start, dashed throughout/);
  });
});
