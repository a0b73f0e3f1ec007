/**
 * Implementation details of the calendars (the data file reader). Not API: may change in any release.
 */
package io.github.govrules.calendar.internal;
