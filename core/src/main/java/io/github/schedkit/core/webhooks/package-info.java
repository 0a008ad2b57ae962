/**
 * Webhook signature checks shared by the API modules' verifiers, and the exceptions they throw.
 *
 * <p>Null-marked like every package of schedkit-core (see {@link io.github.schedkit.core}).
 */
@NullMarked
package io.github.schedkit.core.webhooks;

import org.jspecify.annotations.NullMarked;
