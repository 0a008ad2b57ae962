/**
 * JSON support for the generated models: the shared Gson instance, open enums, models that keep
 * unknown members or send explicit nulls, and timestamp adapters.
 *
 * <p>Null-marked like every package of schedkit-core (see {@link io.github.schedkit.core}).
 */
@NullMarked
package io.github.schedkit.core.json;

import org.jspecify.annotations.NullMarked;
