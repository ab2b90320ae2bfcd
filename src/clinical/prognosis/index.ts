// Prognostic scores and the NOMS summary: pure rules, no DOM.
export * from './tally';
export * from './tokuhashi';
export * from './tomita';
export * from './bauer';
export * from './nesms';
export * from './katagiri';
export * from './vanderlinden';
export * from './noms';
export * from './from-patient';
export * from './from-patient-katagiri';
