package io.github.schedkit.generator;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ApiInfoMap;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The OpenAPI Generator configuration of schedkit, {@value #NAME}: the {@code java} generator
 * (retrofit2 library, Gson, with a streaming adapter per model), which computes in Java what
 * schedkit's templates need (see {@link OperationFacts} and {@link ModelTraits}), writes instead of
 * the stock supporting files the API's {@code DataCenter} enum from the spec's servers ({@link
 * DataCenters}), its client shell ({@link ClientShell}), its operations table ({@link
 * OperationTable}) and its models' adapter factory, and stops with a
 * {@link SpecNotExpressibleException} on a spec the SDK cannot express.
 *
 * <p>The API modules select it with {@code <generatorName>schedkit-java</generatorName>} and a
 * plugin dependency on this module; OpenAPI Generator finds it through
 * {@code META-INF/services/org.openapitools.codegen.CodegenConfig}.
 */
public class SchedkitJavaCodegen extends JavaClientCodegen {
  /** The generator name the Maven plugin selects. */
  public static final String NAME = "schedkit-java";

  /** The spec's {@code info} extension with Markdown notes shown above the operations table. */
  static final String OPERATIONS_NOTES = "x-schedkit-operations-notes";

  /** Creates the configuration; OpenAPI Generator calls this. */
  public SchedkitJavaCodegen() {
    super();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getHelp() {
    return "Generates schedkit's Retrofit interfaces and Gson models from a schedkit spec.";
  }

  /** Drops the stock supporting files (ApiClient, build files...): the runtime is schedkit-core. */
  @Override
  public void processOpts() {
    super.processOpts();
    setEnablePostProcessFile(true);
    supportingFiles.clear();
  }

  /**
   * Adds the supporting files: the client shell, its operations, the operations table, the
   * {@code DataCenter} enum when the spec's servers are data centers (see {@link DataCenters}) or else
   * the shell's default base URL (see {@link DefaultServer}), and
   * the action links interface when operations are action links (see {@link ActionLinks}).
   */
  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    addPackageInfos();
    List<Map<String, Object>> dataCenters = DataCenters.of(openAPI.getServers());
    if (!dataCenters.isEmpty()) {
      additionalProperties.put("schedkitDataCenters", dataCenters);
      additionalProperties.put("schedkitDataCenterIds",
          dataCenters.stream().map(d -> (String) d.get("id")).collect(Collectors.joining(", ")));
      supportingFiles.add(new SupportingFile("client/dataCenter.mustache", javaFolder(), "DataCenter.java"));
    } else {
      Map<String, Object> server = DefaultServer.of(openAPI.getServers());
      if (server != null) {
        additionalProperties.put("schedkitDefaultServer", server);
      }
    }
    additionalProperties.put("schedkitSecuritySchemes", SecuritySchemes.of(openAPI));
    Object notes = openAPI.getInfo() == null || openAPI.getInfo().getExtensions() == null
        ? null
        : openAPI.getInfo().getExtensions().get(OPERATIONS_NOTES);
    if (notes != null) {
      additionalProperties.put("schedkitOperationsNotes", notes);
    }
    ClientShell shell = new ClientShell(invokerPackage);
    additionalProperties.put("schedkitClientVariable", shell.variable());
    additionalProperties.put("schedkitClientClass", shell.prefix() + "Client");
    additionalProperties.put("schedkitApisClass", shell.prefix() + "Apis");
    supportingFiles.add(new SupportingFile("docs/operations.mustache", "docs", shell.variable() + "-operations.md"));
    supportingFiles.add(new SupportingFile("client/apis.mustache", javaFolder(), shell.prefix() + "Apis.java"));
    additionalProperties.put("schedkitOperationsClass", shell.prefix() + "Operations");
    supportingFiles.add(new SupportingFile("client/operations.mustache", javaFolder(), shell.prefix() + "Operations.java"));
    if (ActionLinks.any(openAPI)) {
      additionalProperties.put("schedkitActionLinksClass", shell.prefix() + "ActionLinksApi");
      supportingFiles.add(new SupportingFile("client/actionLinks.mustache", javaFolder(), shell.prefix() + "ActionLinksApi.java"));
    }
  }

  /**
   * Adds the rows of the operations table (see {@link OperationTable}) and the action links (see
   * {@link ActionLinks}), which need every API.
   */
  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> objs) {
    Map<String, Object> data = super.postProcessSupportingFileData(objs);
    ApiInfoMap apiInfo = (ApiInfoMap) data.get("apiInfo");
    List<Map<String, Object>> schemes = (List<Map<String, Object>>) additionalProperties.get("schedkitSecuritySchemes");
    String variable = new ClientShell(invokerPackage).variable();
    List<Map<String, Object>> rows = OperationTable.rows(openAPI, apiInfo.getApis(), variable, schemes);
    data.put("schedkitOperationRows", rows);
    data.put("schedkitCatalogue", rows.stream().anyMatch(r -> !((String) r.get("catalogue")).isEmpty()));
    data.put("schedkitActionLinks", ActionLinks.of(apiInfo.getApis()));
    return data;
  }

  /** The folder of the invoker package's generated sources. */
  private String javaFolder() {
    return (sourceFolder + '/' + invokerPackage).replace(".", "/");
  }

  @Override
  protected ImmutableMap.Builder<String, Mustache.Lambda> addMustacheLambdas() {
    return super.addMustacheLambdas()
        .put("javadoc", new JavadocText())
        .put("clause", new JavadocText.Clause());
  }

  /**
   * Adds the {@code package-info.java} of the model and API packages, which null-marks them: the
   * templates write {@code @Nullable} where a value may be absent (see {@link Nullness}).
   */
  private void addPackageInfos() {
    supportingFiles.add(new SupportingFile("model/packageInfo.mustache",
        (sourceFolder + '/' + modelPackage).replace(".", "/"), "package-info.java"));
    supportingFiles.add(new SupportingFile("api/packageInfo.mustache",
        (sourceFolder + '/' + apiPackage).replace(".", "/"), "package-info.java"));
  }

  /** Formats every generated Java file and fixes its imports (see {@link SourceFormatter}). */
  @Override
  public void postProcessFile(File file, String fileType) {
    if (file == null || !file.getName().endsWith(".java")) {
      return;
    }
    try {
      String source = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
      Files.write(file.toPath(), SourceFormatter.format(file.getName(), source).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot format " + file, e);
    }
  }

  @Override
  public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    new OperationFacts(openAPI).apply(op, operation);
    return op;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap operations, List<ModelMap> models) {
    OperationsMap processed = super.postProcessOperationsWithModels(operations, models);
    OperationMap tag = processed.getOperations();
    tag.getOperation().forEach(OperationFacts::complete);
    Tag first = tag.getOperation().isEmpty() || tag.getOperation().get(0).tags == null
        ? null
        : tag.getOperation().get(0).tags.get(0);
    ClientShell.describe(tag, first);
    return processed;
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> models) {
    Map<String, ModelsMap> processed = super.postProcessAllModels(models);
    for (ModelsMap file : processed.values()) {
      for (ModelMap entry : file.getModels()) {
        CodegenModel model = entry.getModel();
        if (model.isEnum) {
          OpenEnums.check(model);
        } else {
          ModelTraits.apply(model);
          Nullness.apply(model);
          RequiredMembers.apply(model);
        }
      }
    }
    return processed;
  }
}
