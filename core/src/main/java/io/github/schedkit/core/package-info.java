/**
 * The call type every operation returns, its response and callback, the client builder shared by
 * the API modules, and the envelope of unwrapped responses.
 *
 * <p>Every type here is null-marked ({@link org.jspecify.annotations.NullMarked}): a parameter,
 * return value or field may be {@code null} only where it is annotated {@link
 * org.jspecify.annotations.Nullable}, so Kotlin sees such a member as nullable ({@code String?})
 * and every other member as not null.
 */
@NullMarked
package io.github.schedkit.core;

import org.jspecify.annotations.NullMarked;
