/**
 * The deadline calculator (办结时限计算): {@link io.github.govrules.calendar.deadline.TimeLimit time limits},
 * one-call {@link io.github.govrules.calendar.deadline.Deadlines due dates and explanations}, and the
 * {@link io.github.govrules.calendar.deadline.CaseClock case clock} with suspensions (Art. 45), an extension
 * (Art. 42), corrections, the Art. 32 notice window, steps and warnings. Framework-neutral laws and
 * generators for test teams live in {@code io.github.govrules.calendar.deadline.testing}.
 */
package io.github.govrules.calendar.deadline;
