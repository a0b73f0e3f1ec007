/**
 * The hall (大厅) of a service center: windows (窗口) with their hours and the chief
 * representative's authorization (首席代表授权), seals (印章) with their ledger, the separation of
 * acceptance, approval and stamping, and the seal choice of law.md.
 *
 * @since 0.1.0
 */
package io.github.govrules.core.hall;
