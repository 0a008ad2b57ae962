package io.github.schedkit.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs JMH benchmark classes in forked JVMs and returns their results by method name, with the
 * allocation ({@code gc.alloc.rate.norm}) and CPU time ({@link CpuTimeProfiler}) per operation as
 * secondary results. A benchmark whose setup checks fail, or whose call throws, stops the run.
 */
final class JmhRun {
  private JmhRun() {}

  /**
   * Runs the benchmarks.
   *
   * @param quick one short fork instead of the full run
   * @param benchmarks the benchmark classes
   * @return each result, keyed by {@code SimpleClassName.method}
   * @throws RunnerException if JMH fails or a benchmark throws
   */
  static Map<String, RunResult> run(boolean quick, List<Class<?>> benchmarks) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(quick ? 1 : 2)
            .warmupIterations(quick ? 1 : 4)
            .warmupTime(TimeValue.seconds(quick ? 1 : 2))
            .measurementIterations(quick ? 2 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 2))
            .threads(1)
            .jvmArgs("-Xms1g", "-Xmx1g")
            .addProfiler(GCProfiler.class)
            .addProfiler(CpuTimeProfiler.class)
            .shouldFailOnError(true);
    for (Class<?> benchmark : benchmarks) {
      options.include("^" + benchmark.getName().replace(".", "\\.") + "\\.");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      int method = name.lastIndexOf('.');
      int type = name.lastIndexOf('.', method - 1);
      byName.put(name.substring(type + 1), result);
    }
    return byName;
  }
}
