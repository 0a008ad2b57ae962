package io.github.schedkit.core.json;

import com.google.gson.stream.JsonReader;
import java.io.IOException;

/** Reads member names as numbers from any {@link JsonReader}, through {@link JsonReader#nextName()}. */
final class NamesFromStrings implements MemberNameReader {
  private final JsonReader in;
  private String undeclared = "";

  NamesFromStrings(JsonReader in) {
    this.in = in;
  }

  @Override
  public int nextMember(MemberNames names) throws IOException {
    String name = in.nextName();
    int index = names.indexOf(name);
    if (index == MemberNames.UNDECLARED) {
      undeclared = name;
    }
    return index;
  }

  @Override
  public String undeclaredName() {
    return undeclared;
  }
}
