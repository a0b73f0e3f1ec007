/**
 * Indicators (监测指标) over the cases of a period: immediate-case, on-time, early, on-site and
 * overdue rates, satisfaction and complaint rates, average visits.
 *
 * @since 0.1.0
 */
package io.github.govrules.core.indicator;
