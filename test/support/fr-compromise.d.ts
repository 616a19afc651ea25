// fr-compromise ships raw .ts type files that do not compile under strict settings (skipLibCheck
// does not cover .ts files), so the tests see this minimal declaration instead (tsconfig "paths").
declare const nlp: ((text: string) => unknown) & { world: () => unknown };
export default nlp;
