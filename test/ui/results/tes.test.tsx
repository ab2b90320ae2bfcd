// @vitest-environment happy-dom
// The TES panel: never a go-ahead, the finding first when nothing calls for surgery, the cohort
// caveat for every primary but leiomyosarcoma.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { checkTes, emptyLesion, withFindings, withLevels, type Lesion, type Vertebra } from '../../../src/clinical';
import { deriveLesion } from '../../../src/report/derive';
import { TesSummary } from '../../../src/ui/results/Tes';

afterEach(cleanup);

const lesion = (levels: Vertebra[], sins: Lesion['sins'], escc: Lesion['escc'] = {}): Lesion => withFindings(withLevels(emptyLesion('a'), levels), { sins, escc });

describe('TesSummary', () => {
  it('shows each criterion as met, not met or not assessed with its reason', () => {
    render(<TesSummary lesions={[]} result={checkTes({ spinalLesionCount: 1, levels: ['T3', 'T4', 'T5', 'T6'], ecog: 2 })} />);
    expect(screen.getByRole('status').textContent).toBe('TES: does not meet the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Met Solitary metastasis in the spine\. One spinal lesion\./);
    expect(items[1]).toMatch(/^Not met .*T3–T6: 4 levels, more than 3\./);
    expect(items[3]).toMatch(/^Not assessed /);
  });

  it('never reads as a go-ahead, and says plainly when SINS and ESCC do not call for surgery', async () => {
    // Breast cancer, blastic L4 lesion, SINS 3, ESCC 0 (issue 10's example): criteria met, no surgical call.
    const l4 = deriveLesion(lesion(['L4'], { pain: 'occasional', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' }, { epiduralTumour: false }), 0);
    expect(l4.sins.total).toBe(3);
    const { container } = render(<TesSummary lesions={[l4]} patient={{ histology: 'breast' }} result={checkTes({ spinalLesionCount: 1, levels: ['L4'], ecog: 1, otherOrganMetastases: 0, systemicDiseaseStable: true })} />);
    // The finding heads the panel; the verdict follows it as the cohort's criteria, not bold, not green.
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(
      'Nothing entered calls for surgery: every lesion is stable (SINS 6 or less) with low-grade ESCC (0–1b); Frankel grade not entered. TES: the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10) are met; they describe whom that group offered TES, not an indication for surgery.',
    );
    expect(status.classList.contains('announce')).toBe(false);
    expect(status.querySelector('.announce')?.textContent).toMatch(/^Nothing entered calls for surgery/);
    expect(status.querySelector('.tes-verdict')?.closest('.announce, strong')).toBeNull();
    expect(container.querySelectorAll('.status-met, .status-tag, .criteria strong')).toHaveLength(0);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toMatch(/^Solitary metastasis in the spine: met\./);
    // The cohort caveat, on screen, for a primary other than leiomyosarcoma (the names load with the histology).
    expect(await screen.findByText('These criteria come from a leiomyosarcoma cohort (Kato 2020, n = 10), not from breast cancer.')).toBeTruthy();
  });

  it('keeps the verdict a headline when a lesion calls for surgery, with the cohort caveat for other primaries only', async () => {
    const t12 = deriveLesion(lesion(['T12'], { pain: 'mechanical', boneLesion: 'lytic', alignment: 'de-novo-deformity', collapse: 'under-50', posterolateral: 'unilateral' }, { epiduralTumour: false }), 0);
    const result = checkTes({ spinalLesionCount: 1, levels: ['T12'], ecog: 1, otherOrganMetastases: 0, systemicDiseaseStable: true });
    render(<TesSummary lesions={[t12]} patient={{ histology: 'kidney' }} result={result} />);
    expect(screen.getByRole('status').textContent).toBe('TES: meets the criteria of the Kato 2020 TES cohort (leiomyosarcoma, n = 10)');
    expect(await screen.findByText('These criteria come from a leiomyosarcoma cohort (Kato 2020, n = 10), not from renal cell carcinoma.')).toBeTruthy();
    cleanup();
    render(<TesSummary lesions={[t12]} patient={{ histology: 'leiomyosarcoma', primarySite: 'uterus' }} result={result} />);
    // Once the names have loaded, still no caveat for a leiomyosarcoma.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.queryByText(/These criteria come from a leiomyosarcoma cohort/)).toBeNull();
  });
});

