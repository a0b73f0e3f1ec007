/**
 * Working-day calendars (工作日历) of mainland China: which dates are working days, and
 * working-day arithmetic (shift, count), exact for the years covered by the notices and loud
 * outside them.
 *
 * <p>Start with {@link io.github.govrules.calendar.Calendars#standard()} and
 * {@link io.github.govrules.calendar.WorkingDayCalendar}. Arguments and results are non-null
 * unless documented otherwise.
 */
package io.github.govrules.calendar;
