package io.github.schedkit.releasecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What Maven Central requires of a published POM, and what a flattened POM must not keep from the
 * build: coordinates, name, description, project URL, a license, a developer and the SCM
 * location; no parent, no unresolved {@code ${...}} expression, and no module path appended to the
 * project or SCM URLs.
 */
final class PomRequirements {
  private PomRequirements() {}

  /**
   * Checks a POM.
   *
   * @param pom the POM file
   * @param artifactId the artifact it should describe
   * @return the problems found, each naming the file; empty if there are none
   */
  static List<String> problems(Path pom, String artifactId) {
    List<String> problems = new ArrayList<>();
    Element project;
    try {
      String text = Files.readString(pom);
      if (text.contains("${")) {
        problems.add(pom + " still contains unresolved ${...} expressions");
      }
      project = parse(pom).getDocumentElement();
    } catch (IOException | SAXException | ParserConfigurationException e) {
      problems.add(pom + " cannot be read as XML: " + e.getMessage());
      return problems;
    }
    if (child(project, "parent") != null) {
      problems.add(pom + " refers to a parent POM, which is not published");
    }
    if (!artifactId.equals(text(project, "artifactId"))) {
      problems.add(pom + " describes artifact " + text(project, "artifactId") + ", not " + artifactId);
    }
    for (String required : List.of("groupId", "version", "name", "description", "url")) {
      if (text(project, required).isEmpty()) {
        problems.add(pom + " lacks <" + required + ">");
      }
    }
    requireNested(problems, pom, project, "licenses", "license", "name", "url");
    requireNested(problems, pom, project, "developers", "developer", "name");
    Element scm = child(project, "scm");
    if (scm == null) {
      problems.add(pom + " lacks <scm>");
    } else {
      for (String required : List.of("url", "connection")) {
        if (text(scm, required).isEmpty()) {
          problems.add(pom + " lacks <scm><" + required + ">");
        }
      }
      for (String location : List.of("url", "connection", "developerConnection")) {
        rejectModulePath(problems, pom, "<scm><" + location + ">", text(scm, location), artifactId);
      }
    }
    rejectModulePath(problems, pom, "<url>", text(project, "url"), artifactId);
    return problems;
  }

  /**
   * Reads a POM's packaging.
   *
   * @param pom the POM file
   * @return its packaging: {@code jar} unless it says otherwise or cannot be read (which
   *     {@link #problems} reports)
   */
  static String packaging(Path pom) {
    try {
      String packaging = text(parse(pom).getDocumentElement(), "packaging");
      return packaging.isEmpty() ? "jar" : packaging;
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return "jar";
    }
  }

  private static void requireNested(
      List<String> problems, Path pom, Element project, String list, String item, String... fields) {
    Element first = child(child(project, list), item);
    if (first == null) {
      problems.add(pom + " lacks <" + list + "><" + item + ">");
      return;
    }
    for (String field : fields) {
      if (text(first, field).isEmpty()) {
        problems.add(pom + " lacks <" + list + "><" + item + "><" + field + ">");
      }
    }
  }

  /** Maven appends the module's path to inherited URLs unless told not to; the result is a dead link. */
  private static void rejectModulePath(
      List<String> problems, Path pom, String element, String url, String artifactId) {
    if (url.endsWith("/" + artifactId) || url.contains(".git/")) {
      problems.add(pom + " has a module path appended to " + element + ": " + url);
    }
  }

  private static Document parse(Path pom) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().trim();
  }
}
