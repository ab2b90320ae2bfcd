// @vitest-environment happy-dom
// The outcomes view: citations, n always, the reference list, relevance by treatment, subgroups
// offered only by pre-operative factors, the chart's legend and axis labels; no file names.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { PatientProfile } from '../../src/evidence';
import Outcomes from '../../src/ui/components/Outcomes';

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
    expect(headings.indexOf('For the planned treatment')).toBeLessThan(headings.indexOf('Other treatments (not the one being weighed)'));
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

  it('says, not as an error, that a breast primary has no leiomyosarcoma figures', () => {
    render(<Outcomes profile={{ histology: 'breast', metastaticSites: ['spine'], levels: ['T7'] }} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/leiomyosarcoma only/);
    expect(status.className).toBe('note');
  });
});
