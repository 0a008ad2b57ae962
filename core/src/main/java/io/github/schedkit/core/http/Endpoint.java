package io.github.schedkit.core.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes the spec operation behind a generated Retrofit method. The generator writes it on
 * every method; the runtime reads it to name the operation in errors, to choose the credential,
 * and to unwrap response envelopes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Endpoint {

  /**
   * The spec's operationId.
   *
   * @return the operationId
   */
  String operationId();

  /**
   * The HTTP method.
   *
   * @return the method, such as {@code GET}
   */
  String method();

  /**
   * The path template from the spec.
   *
   * @return the template, such as {@code /v1/bookings/{uid}}
   */
  String path();

  /**
   * The security schemes that can authorize the operation, in preference order. Empty when the
   * operation needs no credential.
   *
   * @return the scheme names from the spec's {@code components.securitySchemes}
   */
  String[] security() default {};

  /**
   * Whether the operation may also be called without any credential.
   *
   * @return {@code true} when the spec lists an empty security requirement
   */
  boolean securityOptional() default false;

  /**
   * Whether sending the request twice has the same effect as once, although its method (POST)
   * does not say so; such requests may be retried.
   *
   * @return {@code true} when the spec marks the operation {@code x-schedkit-idempotent}
   */
  boolean idempotent() default false;

  /**
   * Whether the request or response body carries credentials (the OAuth token calls, or responses
   * holding a secret such as a new client secret), so that it is never logged.
   *
   * @return {@code true} when the spec marks the operation {@code x-schedkit-credentials: body} or
   *     {@code x-schedkit-sensitive-body: true}
   */
  boolean sensitiveBody() default false;

  /**
   * The query parameters whose values are secrets (such as a lookup token), shown as {@code ██}
   * wherever the request's URL is logged.
   *
   * @return the parameter names from the spec's parameters marked {@code x-schedkit-secret}
   */
  String[] secretQuery() default {};

  /**
   * The member of the JSON response object that holds the result, for responses wrapped in an
   * envelope such as {@code {"data": {...}, "errors": {}}}; empty when the body is the result.
   *
   * @return the envelope member name, or empty
   */
  String unwrap() default "";
}
