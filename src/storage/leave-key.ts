// localStorage keys of the changes tabs left as they went (see draft.ts), in a file of their own
// so that the draft store and a tab's save path share them without importing each other.
export const LEAVE_PREFIX = 'spine-calculator-leave:';
