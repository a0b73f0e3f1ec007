/**
 * Cases (办件): the application data, the parties, the submitted materials, and the lifecycle
 * driven by an append-only event log ({@link io.github.govrules.core.cases.CaseEvent}) from
 * which the state ({@link io.github.govrules.core.cases.CaseStatus}) is derived.
 *
 * @since 0.1.0
 */
package io.github.govrules.core.cases;
