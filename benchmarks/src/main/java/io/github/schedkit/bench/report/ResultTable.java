package io.github.schedkit.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one benchmark run and the goals they meet or miss, printed as an aligned text
 * table and written as Markdown for {@code BENCHMARKS.md}.
 */
public final class ResultTable {
  private static final String[] HEADER = {"Section", "Measure", "schedkit", "Peer", "schedkit / peer"};

  private final List<String[]> rows = new ArrayList<>();
  private final List<Goal> goals = new ArrayList<>();

  /** Creates an empty table. */
  public ResultTable() {}

  /**
   * Adds a figure.
   *
   * @param section the section, such as {@code Per call}
   * @param measure what was measured
   * @param schedkit schedkit's figure
   * @param peer the peer and its figure, or empty
   * @param ratio schedkit's figure over the peer's, or empty
   */
  public void row(String section, String measure, String schedkit, String peer, String ratio) {
    rows.add(new String[] {section, measure, schedkit, peer, ratio});
  }

  /**
   * Records a goal of the issue and whether this run met it.
   *
   * @param goal the goal
   */
  public void goal(Goal goal) {
    goals.add(goal);
  }

  /**
   * Tells whether any figure was recorded.
   *
   * @return {@code true} if the table has no rows
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Renders the table and the goals as aligned plain text.
   *
   * @return the text
   */
  public String text() {
    int[] widths = new int[HEADER.length];
    List<String[]> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(rows);
    for (String[] row : all) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendText(out, HEADER, widths);
    String[] rule = new String[HEADER.length];
    for (int c = 0; c < rule.length; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    appendText(out, rule, widths);
    for (String[] row : rows) {
      appendText(out, row, widths);
    }
    out.append('\n');
    for (Goal goal : goals) {
      out.append(goal.verdict().label()).append("  ").append(goal.name()).append(": ").append(goal.evidence()).append('\n');
    }
    return out.toString();
  }

  /**
   * Renders the table and the goals as Markdown.
   *
   * @return the Markdown
   */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    appendMarkdown(out, HEADER);
    out.append("|---|---|--:|---|--:|\n");
    for (String[] row : rows) {
      appendMarkdown(out, row);
    }
    out.append("\n| Goal | Result | Figures |\n|---|---|---|\n");
    for (Goal goal : goals) {
      out.append("| ").append(goal.name()).append(" | **").append(goal.verdict().label()).append("** | ")
          .append(goal.evidence()).append(" |\n");
    }
    return out.toString();
  }

  private static void appendText(StringBuilder out, String[] row, int[] widths) {
    for (int c = 0; c < row.length; c++) {
      out.append(c == 0 ? "" : "  ").append(row[c]).append(" ".repeat(widths[c] - row[c].length()));
    }
    out.setLength(out.length() - trailingSpaces(out));
    out.append('\n');
  }

  private static int trailingSpaces(StringBuilder out) {
    int n = 0;
    while (n < out.length() && out.charAt(out.length() - 1 - n) == ' ') {
      n++;
    }
    return n;
  }

  private static void appendMarkdown(StringBuilder out, String[] row) {
    out.append('|');
    for (String cell : row) {
      out.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    out.append('\n');
  }
}
