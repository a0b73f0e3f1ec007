/**
 * Implementation of the rule engine: pack reading, DRL pre-checks, Drools builds, pooled evaluation,
 * scenarios. Not an API: anything here may change without notice.
 */
package io.github.govrules.rules.internal;
