/**
 * Runnable examples, one small class per capability, each with a {@code main}: how a system that
 * embeds gov-rules uses the calendars, deadlines, catalog and case lifecycle, seals and windows,
 * rule packs, scenarios and lint, and indicators. Every example is run by the test suite.
 */
package io.github.govrules.examples;
