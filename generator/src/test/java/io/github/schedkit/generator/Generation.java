package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Runs the schedkit-java generator with schedkit's templates, as the API modules' build does. */
final class Generation {
  /** schedkit's templates: the build passes their directory; an IDE run finds them beside this module. */
  static final Path TEMPLATES = Paths.get(System.getProperty("schedkit.templates.dir", "../generator-templates"));
  /** schedkit's specs. */
  static final Path SPECS = Paths.get(System.getProperty("schedkit.spec.dir", "../spec"));

  private Generation() {}

  /**
   * Generates the Java sources of a spec file into a directory.
   *
   * @return the files written
   */
  static List<File> generate(Path spec, Path output) {
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName(SchedkitJavaCodegen.NAME)
        .setLibrary("retrofit2")
        .setInputSpec(spec.toString())
        .setOutputDir(output.toString())
        .setTemplateDir(TEMPLATES.toString())
        .setApiPackage("test.api")
        .setModelPackage("test.model")
        .setInvokerPackage("test")
        .addTypeMapping("URI", "String")
        .setAdditionalProperties(new HashMap<>(Map.of(
            "schedkitSpec", spec.getFileName().toString(),
            "serializationLibrary", "gson",
            "dateLibrary", "java8",
            "hideGenerationTimestamp", true,
            "openApiNullable", false,
            "annotationLibrary", "none",
            "useBeanValidation", false,
            "disableHtmlEscaping", true,
            "containerDefaultToNull", true,
            "sourceFolder", "src/main/java")));
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault("apis", "true");
    generator.setGeneratorPropertyDefault("models", "true");
    generator.setGeneratorPropertyDefault("supportingFiles", "true");
    generator.setGeneratorPropertyDefault("apiTests", "false");
    generator.setGeneratorPropertyDefault("modelTests", "false");
    generator.setGeneratorPropertyDefault("apiDocs", "false");
    generator.setGeneratorPropertyDefault("modelDocs", "false");
    return generator.opts(configurator.toClientOptInput()).generate();
  }

  /**
   * A spec of the given paths and component schemas, each given as YAML lines indented for their
   * place (paths' keys by two spaces, schemas' names by four).
   */
  static String spec(String paths, String schemas) {
    return "openapi: 3.0.3\ninfo: {title: Test, version: '1'}\npaths:\n" + paths + "\ncomponents:\n  schemas:\n"
        + "    Thing:\n      type: object\n      properties:\n        name: {type: string}\n" + schemas + "\n";
  }

  /** The paths of one operation, {@code GET /things} (listThings), answering the named component schema. */
  static String listThings(String schema) {
    return String.join("\n",
        "  /things:",
        "    get:",
        "      operationId: listThings",
        "      tags: [Things]",
        "      responses:",
        "        '200':",
        "          description: OK",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/" + schema + "'}");
  }

  /** Generates a spec given as YAML text. */
  static List<File> generate(String specYaml, Path dir) {
    try {
      Path spec = dir.resolve("spec.yaml");
      Files.write(spec, specYaml.getBytes(StandardCharsets.UTF_8));
      return generate(spec, dir.resolve("out"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Generates a spec the SDK cannot express, and returns why it was rejected. */
  static SpecNotExpressibleException rejection(String specYaml, Path dir) {
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> generate(specYaml, dir));
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SpecNotExpressibleException) {
        return (SpecNotExpressibleException) t;
      }
    }
    return fail("generation failed without a SpecNotExpressibleException", thrown);
  }

  /**
   * Returns the text of one generated file.
   *
   * @param files the files {@link #generate} wrote
   * @param name the file's name, such as {@code Thing.java}
   * @throws AssertionError if no such file was generated
   */
  static String read(List<File> files, String name) throws IOException {
    File file = files.stream().filter(f -> f.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " was not generated: " + files));
    return new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
  }

  /**
   * Asserts that generated code holds a fragment, whatever the formatter made of its line breaks
   * and indentation: both are compared with each run of white space (and a Javadoc line's leading
   * {@code *}) read as one space.
   */
  static void assertHas(String generated, String fragment) {
    if (!flat(generated).contains(flat(fragment))) {
      fail("the generated code does not hold\n" + fragment + "\n---\n" + generated);
    }
  }

  private static String flat(String code) {
    return code.replaceAll("\\s*\\n\\s*(\\*(?!/)\\s*)?", " ").replaceAll("\\s+", " ").trim();
  }
}
