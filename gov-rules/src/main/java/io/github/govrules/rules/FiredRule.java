package io.github.govrules.rules;

import java.util.Objects;

/**
 * A rule that fired during an evaluation, with the legal basis from its {@code @legalBasis} metadata.
 *
 * <p>Immutable and thread-safe.
 *
 * @param packId     the pack whose file declares the rule
 * @param name       the rule name
 * @param legalBasis the rule's legal basis
 * @since 0.1.0
 */
public record FiredRule(String packId, String name, String legalBasis) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public FiredRule {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
