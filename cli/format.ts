// The formatters are shared by every surface, so they live in the core.
export * from '../core/report/format.ts';
