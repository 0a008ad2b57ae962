/**
 * Transport plumbing shared by the API modules: the Retrofit call adapter and converters,
 * credentials, retries, rate limiting, logging and attempt events.
 *
 * <p>Null-marked like every package of schedkit-core (see {@link io.github.schedkit.core}).
 */
@NullMarked
package io.github.schedkit.core.http;

import org.jspecify.annotations.NullMarked;
