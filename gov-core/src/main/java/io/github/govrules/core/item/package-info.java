/**
 * Service items (事项) and their guides (办事指南): the standard elements of GB/T 39046-2020,
 * the materials (材料) with their forms and necessity, and the situations (情形) that decide
 * which materials apply.
 *
 * @since 0.1.0
 */
package io.github.govrules.core.item;
