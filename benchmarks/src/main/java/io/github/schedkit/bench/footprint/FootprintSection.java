package io.github.schedkit.bench.footprint;

import io.github.schedkit.bench.Settings;
import io.github.schedkit.bench.report.Figures;
import io.github.schedkit.bench.report.Goal;
import io.github.schedkit.bench.report.Goal.Verdict;
import io.github.schedkit.bench.report.ResultTable;

/**
 * Published footprint: schedkit's jicoo-api and schedkit-core jars plus their runtime dependencies,
 * against the stock client's classes jar plus the runtime dependencies of its generated pom.xml,
 * as generated and with Retrofit raised to schedkit's version.
 */
public final class FootprintSection {
  private static final String SECTION = "Footprint";

  private FootprintSection() {}

  /**
   * Reads the three footprints and adds their figures and the footprint goal.
   *
   * @param settings where the classpath files and jars are
   * @param table the table to add to
   * @return the jar listings, for the report
   */
  public static String run(Settings settings, ResultTable table) {
    Footprint schedkit = Footprint.read(settings.schedkitClasspath(), null, settings.localRepository());
    Footprint stock = Footprint.read(settings.stockClasspath(), settings.stockJar(), settings.localRepository());
    Footprint stockRetrofit3 =
        Footprint.read(settings.stockRetrofit3Classpath(), settings.stockJar(), settings.localRepository());

    row(table, "Jars + runtime deps, as generated (Retrofit 2.11, OkHttp 3.14)", schedkit, stock);
    row(table, "Jars + runtime deps, stock on Retrofit 3 (OkHttp 4.12)", schedkit, stockRetrofit3);
    table.row(
        SECTION,
        "Own jars only (jicoo-api + schedkit-core vs stock classes jar)",
        Figures.bytes(schedkit.ownBytes()) + ", " + Figures.count(schedkit.ownClasses()) + " classes",
        "stock: " + Figures.bytes(stock.ownBytes()) + ", " + Figures.count(stock.ownClasses()) + " classes",
        Figures.ratio((double) schedkit.ownBytes() / stock.ownBytes()));

    double ratio = (double) schedkit.bytes() / stock.bytes();
    table.goal(
        new Goal(
            "published footprint smaller than the stock client's",
            ratio < 1.0 ? Verdict.MET : Verdict.MISSED,
            Figures.bytes(schedkit.bytes()) + " vs " + Figures.bytes(stock.bytes()) + " as generated ("
                + Figures.ratio(ratio) + "), vs " + Figures.bytes(stockRetrofit3.bytes()) + " on Retrofit 3 ("
                + Figures.ratio((double) schedkit.bytes() / stockRetrofit3.bytes()) + ")"));

    return "schedkit (jicoo-api):\n" + schedkit.listing()
        + "stock client, as generated:\n" + stock.listing()
        + "stock client on Retrofit 3:\n" + stockRetrofit3.listing();
  }

  private static void row(ResultTable table, String measure, Footprint schedkit, Footprint stock) {
    table.row(
        SECTION,
        measure,
        Figures.bytes(schedkit.bytes()) + ", " + Figures.count(schedkit.classes()) + " classes, "
            + schedkit.own().size() + "+" + schedkit.dependencies().size() + " jars",
        "stock: " + Figures.bytes(stock.bytes()) + ", " + Figures.count(stock.classes()) + " classes, "
            + stock.own().size() + "+" + stock.dependencies().size() + " jars",
        Figures.ratio((double) schedkit.bytes() / stock.bytes()));
  }
}
