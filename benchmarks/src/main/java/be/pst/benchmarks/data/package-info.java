/**
 * Deterministic, seeded data sets of the benchmarks (jeux de données): budget lines, plan
 * documents and the 500 plans of a region. The same seed always gives the same data, so our code
 * and its baselines always run on the same lines.
 */
package be.pst.benchmarks.data;
