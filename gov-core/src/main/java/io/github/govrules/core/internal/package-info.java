/**
 * Implementation details of gov-core (Jackson mapping, validation plumbing, checks).
 * Not public API: may change in any release.
 */
package io.github.govrules.core.internal;
