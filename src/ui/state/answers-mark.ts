// In localStorage while the saved draft holds answers (keep-view.ts writes it): main.tsx reads
// it before the first paint, to know whether the results must wait for a draft to be drawn.
export const ANSWERS_MARK = 'spine-calculator-answers';
