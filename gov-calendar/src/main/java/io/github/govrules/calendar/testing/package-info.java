/**
 * Test support for teams that use the calendars: framework-neutral random generators of dates,
 * spans and shifts built on {@link java.util.random.RandomGenerator}, and named tricky days.
 * Shipped in the main jar so that a test scope can use them without another dependency.
 */
package io.github.govrules.calendar.testing;
