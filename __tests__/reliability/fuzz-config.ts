/**
 * How hard the property tests push. `npm test` runs each property with a fixed seed and a run
 * count that keeps the reliability suite to a few seconds; `FUZZ_RUNS=N` (see scripts/fuzz.ts)
 * scales every property for the long run, `FUZZ_SEED` explores other inputs, and `FUZZ_SEED` with
 * `FUZZ_PATH` replays a failure fast-check reported.
 *
 * FUZZ_RUNS is the number of runs of one endpoint property; cheaper and dearer properties scale
 * from it by a fixed weight, so one knob moves the whole suite in proportion.
 */
import fs from 'node:fs';
import type { Parameters as FcParameters } from 'fast-check';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261122);

const requested = Number(process.env.FUZZ_RUNS ?? '');
/** Set in the long run only. */
export const FUZZ_SCALE: number | null = Number.isFinite(requested) && requested > 0 ? requested : null;

/** The run count of a property: its `npm test` figure, or FUZZ_RUNS × its weight. */
export function runsFor(defaultRuns: number, weight = 1): number {
  return FUZZ_SCALE === null ? defaultRuns : Math.max(1, Math.round(FUZZ_SCALE * weight));
}

/** A long run may take minutes per test; `npm test` keeps jest's guard against a hang. */
export const TEST_TIMEOUT_MS = FUZZ_SCALE === null ? 60_000 : 60 * 60_000;

export function fcOptions<T>(numRuns: number): FcParameters<T> {
  // endOnFailure: the first counterexample is reported without minutes of shrinking in a long run.
  // FUZZ_PATH replays one failing case: pass the seed and path fast-check printed.
  const path = process.env.FUZZ_PATH;
  return { seed: FUZZ_SEED, numRuns, endOnFailure: FUZZ_SCALE !== null, ...(path ? { path } : {}) };
}

/**
 * Appends how many cases a property ran to the file named by FUZZ_REPORT (scripts/fuzz.ts reads
 * it back for its summary). Without FUZZ_REPORT nothing is written: `npm test` stays quiet.
 */
export function reportCases(name: string, cases: number, detail: Record<string, number> = {}): void {
  const file = process.env.FUZZ_REPORT;
  if (file === undefined || file === '') return;
  fs.appendFileSync(file, `${JSON.stringify({ name, cases, ...detail })}\n`);
}
