// Prognostic scores and the NOMS summary: pure rules, no DOM.
export * from './tally';
export * from './tokuhashi';
export * from './tomita';
export * from './bauer';
export * from './nesms';
export * from './noms';
export * from './from-patient';
