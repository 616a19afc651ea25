// The report formats' names, in a module of their own: the CLI checks --format against them at
// start-up without loading the formatters (and the schemas and zod behind them).
export const FORMATS = ['text', 'json', 'csv', 'md'] as const;
export type FormatName = (typeof FORMATS)[number];
