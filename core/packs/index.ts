// Rule packs: an organisation's concepts, document types and gap rules, loaded over the built-in ones.
export { BASE_PACK, PackFile, PackHeader, PackSignature, type PackInfo } from './schema.ts';
export { canonicalJson } from './canonical.ts';
export { generatePackKeys, keyProblem, signPack, verifyPack, type PackKey } from './signature.ts';
export { builtinPacks, compilePacks, loadPackLexicon, type ResolvedPacks, PackError, resolvePacks, validatePack, type PackOptions, type PackSource } from './load.ts';
export { effectiveSettings, ManagedPolicy, type Effective, type UserChoices } from './policy.ts';
export { checkPacks, issuesOf, packsInForce, type InForce } from './in-force.ts';
