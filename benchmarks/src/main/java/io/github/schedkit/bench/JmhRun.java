package io.github.schedkit.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs JMH benchmark methods in forked JVMs and returns their results by method name, with the
 * allocation ({@code gc.alloc.rate.norm}) and CPU time ({@link CpuTimeProfiler}) per operation as
 * secondary results. A benchmark whose setup checks fail, or whose call throws, stops the run.
 *
 * <p>The forks are interleaved: each round runs every benchmark once, in one fork, alternating
 * the order between rounds, and each benchmark's result aggregates its forks from all rounds. So
 * a change of load on a shared machine falls on every side alike, instead of on whichever
 * benchmark happened to run at the time.
 */
final class JmhRun {
  private JmhRun() {}

  /**
   * Runs the benchmarks.
   *
   * @param quick one short round instead of the full run
   * @param benchmarks the benchmark classes
   * @return each result, keyed by {@code SimpleClassName.method}
   * @throws RunnerException if JMH fails or a benchmark throws
   */
  static Map<String, RunResult> run(boolean quick, List<Class<?>> benchmarks) throws RunnerException {
    List<String> methods = new ArrayList<>();
    for (Class<?> benchmark : benchmarks) {
      for (Method method : benchmark.getMethods()) {
        if (method.isAnnotationPresent(Benchmark.class)) {
          methods.add(benchmark.getName() + "." + method.getName());
        }
      }
    }
    Collections.sort(methods);
    Map<String, BenchmarkParams> params = new HashMap<>();
    Map<String, List<BenchmarkResult>> forks = new HashMap<>();
    int rounds = quick ? 1 : 3;
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(methods);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (String method : order) {
        RunResult result = new Runner(options(quick, method)).runSingle();
        params.put(method, result.getParams());
        forks.computeIfAbsent(method, m -> new ArrayList<>()).addAll(result.getBenchmarkResults());
      }
    }
    Map<String, RunResult> byName = new HashMap<>();
    for (String method : methods) {
      int dot = method.lastIndexOf('.');
      int type = method.lastIndexOf('.', dot - 1);
      byName.put(method.substring(type + 1), new RunResult(params.get(method), forks.get(method)));
    }
    return byName;
  }

  private static Options options(boolean quick, String method) {
    return new OptionsBuilder()
        .include("^" + Pattern.quote(method) + "$")
        .forks(1)
        .warmupIterations(quick ? 1 : 4)
        .warmupTime(TimeValue.seconds(quick ? 1 : 2))
        .measurementIterations(quick ? 2 : 4)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .threads(1)
        .jvmArgs("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTimeProfiler.class)
        .shouldFailOnError(true)
        .build();
  }
}
