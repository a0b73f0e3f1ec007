/**
 * Implementation of the deadline calculator: interval arithmetic over a working-day calendar.
 * Not part of the public API; it may change in any release.
 */
package io.github.govrules.calendar.deadline.internal;
