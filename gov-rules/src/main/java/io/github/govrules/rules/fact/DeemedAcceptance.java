package io.github.govrules.rules.fact;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A result fact: the case counts as accepted on {@code acceptedOn} whatever its findings, because no
 * one-time notice was given within five working days of receipt (行政许可法 第三十二条第一款第四项).
 *
 * <p>Immutable and thread-safe.
 *
 * @param acceptedOn the day the case counts as accepted (the day the materials were received)
 * @param reasonZh   the reason in Chinese
 * @param reasonEn   the reason in English
 * @since 0.1.0
 */
public record DeemedAcceptance(LocalDate acceptedOn, String reasonZh, String reasonEn) {

    /**
     * Creates the fact.
     *
     * @throws NullPointerException if a component is null
     */
    public DeemedAcceptance {
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
