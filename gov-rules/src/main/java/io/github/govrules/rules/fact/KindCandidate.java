package io.github.govrules.rules.fact;

import java.util.Objects;

/**
 * A result fact a classification rule inserts: the case qualifies for the provincial kind
 * {@code kindCode} (办件类别), which the pack's manifest declares with its national type and precedence.
 * When several candidates are inserted, the one of highest precedence wins.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kindCode the kind's code, declared in the manifest (e.g. {@code "immediate"}, {@code "joint"})
 * @param reasonZh why the case qualifies, in Chinese
 * @param reasonEn why the case qualifies, in English
 * @since 0.1.0
 */
public record KindCandidate(String kindCode, String reasonZh, String reasonEn) {

    /**
     * Creates the candidate.
     *
     * @throws NullPointerException if a component is null
     */
    public KindCandidate {
        Objects.requireNonNull(kindCode, "kindCode");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
