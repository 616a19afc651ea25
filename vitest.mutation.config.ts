// The tests StrykerJS runs (npm run mutation): the core's unit tests. Left out: CLI, browser, Office,
// robustness and whole-corpus suites, the matcher's property tests (they do not judge anything), and the
// timing and whole-corpus tests inside the unit files (slow, and a timing test fails under mutation for
// the wrong reason). Many tests analyse text at describe level, so Stryker sees most mutants as
// "static" and runs every selected test for them: keep this set small.
import { defineConfig } from 'vitest/config';

// "(whole analysis)": tests of a structure or judgement rule through analyze(), which compiles the lexicon
// (about 2 s) again for every mutant; the module's own unit tests judge the same rule.
const SLOW = ['quickly', 'is linear', 'odd Unicode text', 'English corpus resolutions', 'ten WPS resolutions of the corpus', '(whole analysis)'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// scripts/mutation.ts names each module's own unit tests in MUTATION_TESTS (comma-separated): running
// every unit file for every mutant made one module take 45 minutes.
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only?.length ? only : ['test/*.test.ts'],
    exclude: [
      'test/cli-*.test.ts', 'test/corpus.test.ts', 'test/stream-bounded.test.ts', 'test/quality.test.ts',
      'test/flat-view.test.ts', 'test/fast-patterns.test.ts', 'test/prefilter.test.ts', 'test/trie.test.ts',
      'test/first-chars.test.ts', 'test/forms.test.ts', 'test/inflect.test.ts', 'test/french-inflect.test.ts',
      'test/phrases.test.ts', 'test/safety.test.ts', 'test/lexicon-data.test.ts',
    ],
    testNamePattern: new RegExp(`^(?!.*(?:${SLOW.map(escape).join('|')}))`),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/support/property-seed.ts'],
  },
});
