package io.github.govrules.rules;

import java.util.Objects;

/**
 * One rule of a built pack, as listed by {@link PackInfo}: where it is declared and its legal basis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param packId     the pack whose file declares it
 * @param name       the rule name
 * @param file       the file (a path on disk or {@code classpath:…})
 * @param line       the line of the rule
 * @param legalBasis the legal basis from {@code @legalBasis}
 * @since 0.1.0
 */
public record PackRule(String packId, String name, String file, int line, String legalBasis) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public PackRule {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
