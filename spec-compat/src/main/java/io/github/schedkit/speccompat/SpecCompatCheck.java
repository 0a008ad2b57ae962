package io.github.schedkit.speccompat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spec compatibility guard, run by {@code ./mvnw verify}. It compares each spec in
 * {@code spec/} with its last released copy in {@code spec/released/} and fails on a breaking
 * change that {@code spec/breaking-changes.yaml} does not acknowledge, and on an acknowledgement
 * that matches no breaking change (the release notes would announce a change that is not there).
 * Added operations, fields and enum values never fail it.
 */
public final class SpecCompatCheck {
  /** The acknowledgements file, in the spec directory. */
  static final String ACKNOWLEDGEMENTS = "breaking-changes.yaml";

  private SpecCompatCheck() {}

  /**
   * Runs the guard and exits with status 1 if it fails.
   *
   * @param args the spec directory
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SpecCompatCheck <spec-dir>");
      System.exit(2);
    }
    Path specDir = Path.of(args[0]);
    List<String> problems = problems(specDir);
    if (problems.isEmpty()) {
      int acknowledged = Acknowledgements.read(specDir.resolve(ACKNOWLEDGEMENTS)).size();
      System.out.println("spec compatibility: OK against " + specDir.resolve("released") + " (" + acknowledged + " acknowledged breaking change(s))");
      return;
    }
    problems.forEach(problem -> System.out.println("FAIL: " + problem));
    System.out.println("spec compatibility: " + problems.size() + " problem(s)");
    System.exit(1);
  }

  /**
   * Checks a spec directory.
   *
   * @param specDir the directory holding the specs, {@code released/} and the acknowledgements
   * @return the problems found; empty if there are none
   */
  static List<String> problems(Path specDir) {
    List<Acknowledgement> acknowledgements = Acknowledgements.read(specDir.resolve(ACKNOWLEDGEMENTS));
    List<BreakingChange> changes = breakingChanges(specDir);
    List<String> problems = new ArrayList<>();
    for (BreakingChange change : changes) {
      if (acknowledgements.stream().noneMatch(acknowledgement -> acknowledgement.covers(change))) {
        problems.add(unacknowledged(change));
      }
    }
    for (Acknowledgement acknowledgement : acknowledgements) {
      if (changes.stream().noneMatch(acknowledgement::covers)) {
        problems.add(
            ACKNOWLEDGEMENTS + " acknowledges " + acknowledgement.spec() + " " + acknowledgement.operation()
                + ", which has no breaking change: remove the entry");
      }
    }
    return problems;
  }

  private static List<BreakingChange> breakingChanges(Path specDir) {
    List<BreakingChange> changes = new ArrayList<>();
    for (Path released : releasedSpecs(specDir.resolve("released"))) {
      String spec = released.getFileName().toString();
      Path current = specDir.resolve(spec);
      if (Files.isRegularFile(current)) {
        changes.addAll(SpecDiff.breakingChanges(spec, released, current));
      } else {
        changes.add(new BreakingChange(spec, "*", List.of("the spec was removed")));
      }
    }
    return changes;
  }

  private static List<Path> releasedSpecs(Path releasedDir) {
    try (Stream<Path> files = Files.list(releasedDir)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the released specs in " + releasedDir, e);
    }
  }

  private static String unacknowledged(BreakingChange change) {
    return "breaking change: " + change + "\n"
        + "  If it is meant, acknowledge it in spec/" + ACKNOWLEDGEMENTS + ":\n"
        + "    - spec: " + change.spec() + "\n"
        + "      operation: " + change.operation() + "\n"
        + "      why: <why the change is needed; the release notes quote it>";
  }
}
