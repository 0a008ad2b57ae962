package io.github.schedkit.kotlin

import io.github.schedkit.core.errors.ApiException
import io.github.schedkit.core.errors.ErrorBody
import io.github.schedkit.core.errors.FieldError
import io.github.schedkit.core.errors.RateLimitException
import io.github.schedkit.core.fixture.Thing
import io.github.schedkit.core.http.AttemptEvent
import io.github.schedkit.core.pagination.PageLink
import io.github.schedkit.cronofy.api.EventsApi
import io.github.schedkit.cronofy.model.Event
import io.github.schedkit.cronofy.model.Pages
import kotlin.reflect.KType
import kotlin.reflect.typeOf
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/**
 * What the Kotlin compiler infers for core and generated members: the type it infers for a
 * member's result is captured with [typeOf], so each assertion states the compile-time type a
 * Kotlin caller gets; likewise the type it infers for a method's parameter.
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
    fun aGeneratedModelsOptionalMembersAreNullableInKotlin() {
        // Event requires calendar_id, start and end; summary and status are optional.
        assertNullness(
            nullable = true,
            (Event::getSummary).resultType(),
            (Event::getStatus).resultType(),
            (Pages::nextPageLink).resultType(),
            (Event.Builder::summary).parameterType(),
            // bulkDeleteEvents answers 202 without a body: its ApiCall<Void?> yields null.
            (EventsApi::bulkDeleteEvents).resultType().arguments.single().type!!,
        )
    }

    @Test
    fun aGeneratedModelsRequiredMembersAreNotNullInKotlin() {
        assertNullness(
            nullable = false,
            (Event::getCalendarId).resultType(),
            (Event::getStart).resultType(),
            (Event.Builder::calendarId).parameterType(),
            (Event::toBuilder).resultType(),
            (EventsApi::bulkDeleteEvents).resultType(),
        )
    }

    @Test
    fun unannotatedJavaStaysAPlatformType() {
        // The test fixture is not null-marked: without the annotations, this is what Kotlin sees.
        assertTrue((Thing::getName).resultType().isPlatformType())
    }

    private inline fun <reified R> ((Nothing) -> R).resultType(): KType = typeOf<R>()

    @JvmName("resultTypeOfTwo")
    private inline fun <reified R> ((Nothing, Nothing) -> R).resultType(): KType = typeOf<R>()

    private inline fun <reified P> ((Nothing, P) -> Any?).parameterType(): KType = typeOf<P>()

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
