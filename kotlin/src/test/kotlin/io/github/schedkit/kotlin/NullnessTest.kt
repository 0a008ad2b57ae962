package io.github.schedkit.kotlin

import io.github.schedkit.core.errors.ApiException
import io.github.schedkit.core.errors.ErrorBody
import io.github.schedkit.core.errors.FieldError
import io.github.schedkit.core.errors.RateLimitException
import io.github.schedkit.core.fixture.Thing
import io.github.schedkit.core.http.AttemptEvent
import io.github.schedkit.core.pagination.PageLink
import kotlin.reflect.KType
import kotlin.reflect.typeOf
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/**
 * What the Kotlin compiler infers for core members: the type it infers for a member's result is
 * captured with [typeOf], so each assertion states the compile-time type a Kotlin caller gets.
 */
class NullnessTest {

    @Test
    fun nullableCoreMembersAreNullableInKotlin() {
        assertNullness(
            nullable = true,
            (RateLimitException::retryAfter).resultType(),
            (AttemptEvent::retryWait).resultType(),
            (PageLink::nextPageLink).resultType(),
            (ErrorBody::message).resultType(),
            (FieldError::code).resultType(),
        )
    }

    @Test
    fun otherCoreMembersAreNotNullInKotlin() {
        assertNullness(
            nullable = false,
            (ApiException::body).resultType(),
            (AttemptEvent::operationId).resultType(),
            (FieldError::field).resultType(),
        )
    }

    @Test
    fun unannotatedJavaStaysAPlatformType() {
        // The test fixture is not null-marked: without the annotations, this is what Kotlin sees.
        assertTrue((Thing::getName).resultType().isPlatformType())
    }

    private inline fun <reified R> ((Nothing) -> R).resultType(): KType = typeOf<R>()

    /** Asserts that each type is (or is not) nullable, and never a platform type. */
    private fun assertNullness(nullable: Boolean, vararg types: KType) {
        for (type in types) {
            assertEquals(nullable, type.isMarkedNullable, "nullability of $type")
            assertFalse(type.isPlatformType(), "$type should not be a platform type")
        }
    }

    /** Kotlin writes a platform type (nullness unknown) as `String!`. */
    private fun KType.isPlatformType(): Boolean = toString().substringBefore(' ').endsWith("!")
}
