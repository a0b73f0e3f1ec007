/**
 * Reading and writing the model: catalogs as YAML ({@link io.github.govrules.core.io.Catalogs}),
 * cases as JSON ({@link io.github.govrules.core.io.CaseIo}), with the typed, located errors
 * {@link io.github.govrules.core.io.ModelReadException} and
 * {@link io.github.govrules.core.io.ModelValidationException}.
 *
 * @since 0.1.0
 */
package io.github.govrules.core.io;
