package io.github.schedkit.generator;

import static io.github.schedkit.generator.Generation.assertHas;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client shell, TestApis, has an accessor per tag and the security schemes' names from the
 * spec; TestOperations has each operation's facts, and TestActionLinksApi the operations called
 * at an action link's URL.
 */
class ClientShellTest {
  @TempDir Path dir;

  private List<File> files;
  private String shell;

  @BeforeEach
  void generate() throws IOException {
    String paths = String.join("\n",
        "  /push_channels:",
        "    get:",
        "      operationId: listChannels",
        "      x-schedkit-action-link: listChannelsAt",
        "      tags: [PushChannels]",
        "      responses: {'204': {description: Done}}",
        "  /tokens:",
        "    post:",
        "      operationId: requestToken",
        "      tags: [Auth]",
        "      x-schedkit-call: '`test.auth().exchange(code)`'",
        "      responses: {'204': {description: Done}}",
        "");
    String spec = Generation.spec(paths, "")
        .replace("paths:\n", "tags:\n  - {name: PushChannels, description: Channels that are pushed to.}\n"
            + "  - {name: Auth, x-schedkit-wrapped: true}\npaths:\n")
        .replace("components:\n", "components:\n  securitySchemes:\n"
            + "    partnerKey: {type: apiKey, in: header, name: X-Partner-Key, x-schedkit-setting: partnerKey}\n");
    files = Generation.generate(spec, dir);
    shell = Generation.read(files, "TestApis.java");
  }

  @Test
  void eachTagHasAnAccessorDescribedByTheTag() {
    assertTrue(shell.contains("abstract class TestApis {"), shell);
    assertTrue(shell.contains("    this.pushChannels = retrofit.create(PushChannelsApi.class);\n"), shell);
    assertTrue(shell.contains("   * Returns the push channels API. Channels that are pushed to.\n"
        + "   *\n   * @return the push channels API\n   */\n  public PushChannelsApi pushChannels() {\n"), shell);
  }

  @Test
  void aWrappedTagIsLeftToHandWrittenCode() {
    assertTrue(shell.contains("  AuthApi authApi() {\n"), shell);
    assertFalse(shell.contains("public AuthApi"), shell);
  }

  @Test
  void securitySchemesGiveTheirNamesHeadersAndHints() {
    assertTrue(shell.contains("  static final String PARTNER_KEY_SCHEME = \"partnerKey\";\n"), shell);
    assertTrue(shell.contains("  static final String PARTNER_KEY_HEADER = \"X-Partner-Key\";\n"), shell);
    assertHas(shell, "        .hint(PARTNER_KEY_SCHEME, \".partnerKey(..)\");\n");
  }

  @Test
  void eachOperationHasItsFacts() throws IOException {
    assertHas(Generation.read(files, "TestOperations.java"), "  static final OperationInfo REQUEST_TOKEN =\n"
        + "      new OperationInfo(\"requestToken\", \"POST\", \"/tokens\");\n");
  }

  @Test
  void anActionLinkIsCalledAtItsUrlWithTheOperationsEndpoint() throws IOException {
    String links = Generation.read(files, "TestActionLinksApi.java");
    assertHas(links, "      operationId = \"listChannels\",\n      method = \"GET\",\n      path = \"/push_channels\"");
    assertHas(links, "  @retrofit2.http.HTTP(method = \"GET\", hasBody = false)\n"
        + "  ApiCall<@Nullable Void> listChannelsAt(@retrofit2.http.Url HttpUrl url);\n");
    assertTrue(shell.contains("    this.actionLinks = retrofit.create(TestActionLinksApi.class);\n"), shell);
  }
}
