package io.github.schedkit.generator;

import static io.github.schedkit.generator.Generation.assertHas;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traits are composed: a page that also allows undeclared members and sends explicit nulls, which
 * two base classes could not express, generates one class with one base class and the trait
 * interfaces, and every model gets its streaming JSON adapter, registered in the API's factory.
 */
class TraitCompositionTest {
  @TempDir Path dir;

  @Test
  void aPageThatAlsoKeepsMembersAndSendsNullsIsOneClass() throws IOException {
    String spec = Generation.spec(Generation.listThings("ThingPage"), String.join("\n",
        "    ThingPage:",
        "      type: object",
        "      additionalProperties: true",
        "      x-schedkit-explicit-nulls: true",
        "      properties:",
        "        data:",
        "          type: array",
        "          x-schedkit-page-items: true",
        "          items: {$ref: '#/components/schemas/Thing'}",
        "        next: {type: integer, nullable: true, x-schedkit-page-next: {queryParameter: page}}"));
    List<File> files = Generation.generate(spec, dir);

    String page = Generation.read(files, "ThingPage.java");
    assertHas(page, "public final class ThingPage extends io.github.schedkit.core.pagination.Page<Thing, ThingPage>"
        + " implements io.github.schedkit.core.json.ExtensibleModel, io.github.schedkit.core.json.ExplicitNullsModel {");
    assertTrue(page.contains("extends ModelTypeAdapter<ThingPage>"), page);
    assertHas(page, "MemberNames.of(\"data\", \"next\");");
    assertHas(page, "case 1:\n            nextValue = nextAdapter.read(in);\n"
        + "            nulls = nextValue == null ? addNull(nulls, \"next\") : nulls;\n");
    assertHas(page, "@AdaptedBy(ThingPage.GsonAdapter.class)\npublic final class ThingPage");
    String thing = Generation.read(files, "Thing.java");
    assertHas(thing, "@AdaptedBy(Thing.GsonAdapter.class)\npublic final class Thing ");
  }
}
