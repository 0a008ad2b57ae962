package io.github.schedkit.it;

import io.github.schedkit.mock.PrismServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Prism server per spec for the whole test run (kept in the root store, which closes it
 * when the run ends) and injects it into tests.
 */
final class PrismExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PrismExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PrismServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String spec =
        context
            .getRequiredTestClass()
            .getAnnotation(UsePrism.class)
            .value();
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(spec, PrismServer::start, PrismServer.class);
  }
}
