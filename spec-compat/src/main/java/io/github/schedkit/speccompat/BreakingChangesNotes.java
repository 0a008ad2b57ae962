package io.github.schedkit.speccompat;

import java.nio.file.Path;
import java.util.List;

/**
 * Renders the acknowledged breaking changes as the release notes' "Breaking changes" section, in
 * Markdown: {@code ./mvnw -q -pl spec-compat compile exec:java@breaking-changes-notes}.
 */
public final class BreakingChangesNotes {
  private BreakingChangesNotes() {}

  /**
   * Prints the section.
   *
   * @param args the acknowledgements file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: BreakingChangesNotes <breaking-changes.yaml>");
      System.exit(2);
    }
    System.out.print(render(Acknowledgements.read(Path.of(args[0]))));
  }

  /**
   * Renders acknowledgements.
   *
   * @param acknowledgements the acknowledged breaking changes
   * @return the Markdown section
   */
  static String render(List<Acknowledgement> acknowledgements) {
    StringBuilder notes = new StringBuilder("## Breaking changes\n\n");
    if (acknowledgements.isEmpty()) {
      return notes.append("None.\n").toString();
    }
    for (Acknowledgement acknowledgement : acknowledgements) {
      notes.append("- `").append(acknowledgement.spec()).append("` `").append(acknowledgement.operation()).append("`: ")
          .append(acknowledgement.why()).append('\n');
    }
    return notes.toString();
  }
}
