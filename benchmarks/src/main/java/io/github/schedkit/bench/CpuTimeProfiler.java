package io.github.schedkit.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the benchmark JVM's CPU time per operation ({@value #LABEL}, in
 * µs/op): every thread, the client's and the loopback server's. Unlike wall time it does not grow
 * while other processes hold the CPU, so it stays comparable on a busy machine.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  /** The label of the secondary result. */
  public static final String LABEL = "cpu.time.norm";

  private long cpuAtStart;

  /** Creates the profiler; JMH calls this in each fork. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "process CPU time per operation, all threads";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = processCpuNanos() - cpuAtStart;
    long ops = result.getMetadata().getMeasuredOps();
    double micros = ops == 0 ? Double.NaN : cpu / 1000.0 / ops;
    return List.of(new ScalarResult(LABEL, micros, "us/op", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
