// Property tests draw new random inputs on every local run, to keep exploring. CI replays one fixed
// seed, so a run is reproducible and whether a change lands never rests on the draw. FC_SEED picks
// the seed anywhere: to replay a counterexample, or to explore in CI.
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 1325 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
