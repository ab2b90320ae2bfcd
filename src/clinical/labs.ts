// Laboratory values for the new Katagiri score, each kept with the unit it was typed in (never
// silently read in another). Katagiri 2014 states its thresholds in mg/dL, IU/L and /µL; the
// conversions are by molar mass (calcium 40.08 g/mol, bilirubin 584.66 g/mol) and by definition.
export const LAB_UNITS = {
  crp: ['mg/dL', 'mg/L'],
  platelets: ['/µL', '×10⁹/L'],
  calcium: ['mg/dL', 'mmol/L'],
  bilirubin: ['mg/dL', 'µmol/L'],
} as const;
export type LabWithUnit = keyof typeof LAB_UNITS;
export type LabUnit<L extends LabWithUnit> = (typeof LAB_UNITS)[L][number];
export interface Measured<L extends LabWithUnit> {
  value: number;
  unit: LabUnit<L>;
}
/** Plausible values per unit: anything outside is a typing error. */
export const LAB_LIMITS: { [L in LabWithUnit]: Record<LabUnit<L>, { min: number; max: number; whole?: boolean }> } = {
  crp: { 'mg/dL': { min: 0, max: 100 }, 'mg/L': { min: 0, max: 1000 } },
  platelets: { '/µL': { min: 1000, max: 999999, whole: true }, '×10⁹/L': { min: 1, max: 2000 } },
  calcium: { 'mg/dL': { min: 2, max: 25 }, 'mmol/L': { min: 0.5, max: 6 } },
  bilirubin: { 'mg/dL': { min: 0, max: 50 }, 'µmol/L': { min: 0, max: 850 } },
};
export const LDH_LIMITS = { min: 10, max: 50000 } as const;
export const crpMgPerDl = (c: Measured<'crp'>): number => (c.unit === 'mg/dL' ? c.value : c.value / 10);
export const plateletsPerUl = (p: Measured<'platelets'>): number => (p.unit === '/µL' ? p.value : p.value * 1000);
export const calciumMgPerDl = (c: Measured<'calcium'>): number => (c.unit === 'mg/dL' ? c.value : c.value * 4.008);
export const bilirubinMgPerDl = (b: Measured<'bilirubin'>): number => (b.unit === 'mg/dL' ? b.value : b.value / 17.1);
