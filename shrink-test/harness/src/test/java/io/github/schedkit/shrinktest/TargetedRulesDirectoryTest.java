package io.github.schedkit.shrinktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetedRulesDirectoryTest {
  @Test
  void parsesToolAndBounds() {
    assertEquals(Optional.of(new TargetedRulesDirectory("r8", null, null)), TargetedRulesDirectory.parse("r8"));
    assertEquals(
        Optional.of(new TargetedRulesDirectory("proguard", "7.0.0", "8.1")),
        TargetedRulesDirectory.parse("proguard-from-7.0.0-upto-8.1"));
    assertEquals(Optional.empty(), TargetedRulesDirectory.parse("r8-from-latest"));
    assertEquals(Optional.empty(), TargetedRulesDirectory.parse("d8"));
  }

  @Test
  void fromIsInclusiveAndUptoExclusive() {
    TargetedRulesDirectory range = new TargetedRulesDirectory("r8", "8.0.0", "8.10.0");

    assertTrue(range.appliesTo("r8", "8.0.0"));
    assertTrue(range.appliesTo("r8", "8.9.35"));
    assertFalse(range.appliesTo("r8", "8.10.0"));
    assertFalse(range.appliesTo("r8", "7.4.1"));
    assertFalse(range.appliesTo("proguard", "8.1.0"));
  }
}
