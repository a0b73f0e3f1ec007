/**
 * Item catalogs (事项目录): the versions of all items a hall handles, with look-ups by
 * implementation code and version, and the check of a case against its item.
 *
 * @since 0.1.0
 */
package io.github.govrules.core.catalog;
