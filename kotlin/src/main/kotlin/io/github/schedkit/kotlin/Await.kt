package io.github.schedkit.kotlin

import io.github.schedkit.core.ApiCall
import io.github.schedkit.core.ApiCallback
import io.github.schedkit.core.ApiResponse
import io.github.schedkit.core.errors.SchedkitException
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlinx.coroutines.suspendCancellableCoroutine

/**
 * Sends the request without blocking the calling thread and returns the decoded result.
 *
 * The call runs on OkHttp's threads through [ApiCall.enqueue]; the coroutine resumes on its own
 * dispatcher, so this is main-safe on Android. Cancelling the coroutine cancels the HTTP call.
 *
 * ```
 * val booking = jicoo.bookings().getBooking(uid).await()
 * ```
 *
 * @return the decoded body; `null` only where [T] is nullable, for operations without a response body
 * @throws SchedkitException the same typed exception [ApiCall.execute] throws, such as
 *   [io.github.schedkit.core.errors.NotFoundException]
 * @throws IllegalStateException if this call was already executed
 */
public suspend fun <T> ApiCall<T>.await(): T = awaitResponse().body()

/**
 * Sends the request without blocking the calling thread and returns the decoded result with the
 * HTTP status and headers. Cancelling the coroutine cancels the HTTP call.
 *
 * @return the response
 * @throws SchedkitException the same typed exception [ApiCall.executeWithResponse] throws
 * @throws IllegalStateException if this call was already executed
 */
public suspend fun <T> ApiCall<T>.awaitResponse(): ApiResponse<T> =
    suspendCancellableCoroutine { continuation ->
        enqueue(
            object : ApiCallback<T> {
                override fun onResponse(response: ApiResponse<T>) {
                    continuation.resume(response)
                }

                override fun onFailure(failure: SchedkitException) {
                    continuation.resumeWithException(failure)
                }
            },
        )
        continuation.invokeOnCancellation { cancel() }
    }
