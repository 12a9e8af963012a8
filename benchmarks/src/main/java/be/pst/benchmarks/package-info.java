/**
 * JMH benchmarks of pst (bancs d'essai), each running our code and its baselines in the same run:
 * the consolidation of budget lines ({@link be.pst.benchmarks.ConsolidationBenchmark}, {@link
 * be.pst.benchmarks.RegionConsolidationBenchmark}), the JSON door ({@link
 * be.pst.benchmarks.JsonBenchmark}), the memory taken by a region's plans ({@link
 * be.pst.benchmarks.MemoryFootprint}), how the layout of loaded lines drives consolidation ({@link
 * be.pst.benchmarks.LineLayout}) and the ratio table of a run ({@link be.pst.benchmarks.Report}).
 * Run them all with {@code benchmarks/run}.
 */
package be.pst.benchmarks;
