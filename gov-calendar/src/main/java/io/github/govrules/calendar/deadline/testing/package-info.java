/**
 * Framework-neutral laws and generators for test teams: {@link io.github.govrules.calendar.deadline.testing.DeadlineLaws}
 * checks the laws of due-date arithmetic and throws {@link java.lang.AssertionError} on a violation;
 * {@link io.github.govrules.calendar.deadline.testing.DeadlineGenerators} makes random limits, suspensions and
 * clocks as {@link io.github.govrules.calendar.testing.Generator}s of any {@link java.util.random.RandomGenerator}, so any property-testing tool can drive them from a seed.
 */
package io.github.govrules.calendar.deadline.testing;
