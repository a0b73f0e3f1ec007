/**
 * Test support for integrators: {@link io.github.govrules.rules.testing.PackScenarios} turns a pack's
 * scenario files into JUnit 5 dynamic tests. Needs {@code junit-jupiter-api} on the test class path
 * (an optional dependency of this library).
 *
 * @since 0.1.0
 */
package io.github.govrules.rules.testing;
