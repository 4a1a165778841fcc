/** Every content schema, in one place. Types are inferred from them, never written twice. */
export * from './ids.ts';
export * from './dates.ts';
export * from './citation.ts';
export * from './claimant.ts';
export * from './figure.ts';
export * from './fact.ts';
export * from './role.ts';
export * from './relation.ts';
export * from './relation-type.ts';
export * from './kind.ts';
export * from './identifiers.ts';
export * from './sheet.ts';
export * from './source.ts';
export * from './exports.ts';
