package io.github.govrules.core.item;

/**
 * The nature of the body that implements an item (实施主体性质).
 *
 * @since 0.1.0
 */
public enum BodyNature {
    /** A body with statutory power (法定机关). */
    STATUTORY,
    /** An organization authorized by law or regulation (授权组织). */
    AUTHORIZED,
    /** An organization entrusted by a department (受委托组织). */
    ENTRUSTED
}
