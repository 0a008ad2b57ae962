/**
 * The unchecked exceptions every call throws: one per HTTP status family, transport failures,
 * timeouts and undecodable responses.
 *
 * <p>Null-marked like every package of schedkit-core (see {@link io.github.schedkit.core}).
 */
@NullMarked
package io.github.schedkit.core.errors;

import org.jspecify.annotations.NullMarked;
