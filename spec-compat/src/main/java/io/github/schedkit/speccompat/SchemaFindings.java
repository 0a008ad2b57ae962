package io.github.schedkit.speccompat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The schema changes that break the generated SDK even where the wire contract survives them: an
 * enum value removed (its constant disappears), a field removed (its getter and builder method
 * disappear), and, in requests, a field made required (building the request without it fails).
 * Each finding names where it is, such as {@code response 200: events[].status}.
 */
final class SchemaFindings {
  private final List<String> findings = new ArrayList<>();
  private final Set<ChangedSchema> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Examines the schemas of a changed request or response body.
   *
   * @param content the changed content, or {@code null} if it did not change
   * @param where names the body, such as {@code request body}
   * @return this, to examine more
   */
  SchemaFindings content(ChangedContent content, String where) {
    if (content != null) {
      for (Map.Entry<String, ChangedMediaType> media : content.getChanged().entrySet()) {
        schema(media.getValue().getSchema(), where);
      }
    }
    return this;
  }

  /**
   * Examines a changed schema and everything below it.
   *
   * @param schema the changed schema, or {@code null} if it did not change
   * @param where names the schema's place, such as {@code parameter tzid}
   * @return this, to examine more
   */
  SchemaFindings schema(ChangedSchema schema, String where) {
    examine(schema, where, "");
    return this;
  }

  private void examine(ChangedSchema schema, String where, String path) {
    if (schema == null || !visited.add(schema)) {
      return;
    }
    String place = path.isEmpty() ? where : where + " " + path;
    if (schema.getEnumeration() != null && !schema.getEnumeration().getMissing().isEmpty()) {
      findings.add(place + ": enum value(s) removed " + schema.getEnumeration().getMissing());
    }
    if (!schema.getMissingProperties().isEmpty()) {
      findings.add(place + ": field(s) removed " + schema.getMissingProperties().keySet());
    }
    if (schema.getContext().isRequest()
        && schema.getRequired() != null
        && !schema.getRequired().getIncreased().isEmpty()) {
      findings.add(place + ": field(s) now required " + schema.getRequired().getIncreased());
    }
    schema.getChangedProperties()
        .forEach((name, property) -> examine(property, where, path.isEmpty() ? name : path + "." + name));
    examine(schema.getItems(), where, path + "[]");
    examine(schema.getAddProp(), where, path + "{}");
    if (schema.getOneOfSchema() != null) {
      schema.getOneOfSchema().getChanged().forEach((name, option) -> examine(option, where, path + "(" + name + ")"));
    }
  }

  /**
   * Returns the findings.
   *
   * @return what breaks the SDK, in the order found
   */
  List<String> findings() {
    return List.copyOf(findings);
  }
}
