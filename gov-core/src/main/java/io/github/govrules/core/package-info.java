/**
 * The domain model of the government service hall (政务服务中心): the root package holds the
 * common exception type; items, catalogs, cases, the hall (windows and seals), indicators and
 * JSON/YAML input live in the sub-packages.
 *
 * @since 0.1.0
 */
package io.github.govrules.core;
