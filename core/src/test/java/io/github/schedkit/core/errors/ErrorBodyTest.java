package io.github.schedkit.core.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

  @Test
  void keepsTheMessageAndACopyOfTheFieldErrors() {
    List<FieldError> errors = new ArrayList<>(Arrays.asList(
        new FieldError("email", "invalid", "is invalid"), new FieldError("name", null, "is blank"),
        new FieldError("email", null, "is too long")));
    ErrorBody body = ErrorBody.of("Parameter Error", errors);
    errors.clear();

    assertEquals("Parameter Error", body.message());
    assertEquals(3, body.fieldErrors().size());
    assertEquals(
        Arrays.asList(new FieldError("email", "invalid", "is invalid"), new FieldError("email", null, "is too long")),
        body.fieldErrors("email"));
    assertEquals(Collections.emptyList(), body.fieldErrors("other"));
    assertFalse(body.isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> body.fieldErrors().clear());
  }

  @Test
  void neitherMessageNorFieldErrorsIsTheEmptyBody() {
    assertSame(ErrorBody.empty(), ErrorBody.of(null, Collections.<FieldError>emptyList()));
    assertTrue(ErrorBody.empty().isEmpty());
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals(
        "fieldErrors must be a list without nulls; got null",
        assertThrows(IllegalArgumentException.class, () -> ErrorBody.of("m", null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ErrorBody.of("m", Arrays.asList((FieldError) null)));
    assertEquals(
        "a field error needs the field it is about; got null",
        assertThrows(IllegalArgumentException.class, () -> new FieldError(null, "c", "m")).getMessage());
  }
}
