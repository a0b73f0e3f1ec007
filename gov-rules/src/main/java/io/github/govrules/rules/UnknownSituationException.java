package io.github.govrules.rules;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.calendar.GovRulesException;
import io.github.govrules.core.internal.Suggestions;
import io.github.govrules.rules.fact.ItemFact;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A case declares a situation (情形) its item version does not declare, e.g. a misspelt
 * {@code bank-loan-latr}: the rules would decide as if the situation were absent and the one-time
 * notice would silently leave out the materials it calls for. Names the case, the code, the item
 * and the closest declared code.
 *
 * @since 0.1.0
 */
public final class UnknownSituationException extends GovRulesException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. No place: the message names the case, the item and the code. */
    public static final String CODE = "rules.unknown-situation";

    private final String caseNumber;
    private final String situation;
    private final String itemCode;
    private final int itemVersion;
    private final String closest;
    private final List<String> declared;

    /**
     * Creates the exception.
     *
     * @param caseNumber  the case
     * @param situation   the situation code the item does not declare
     * @param itemCode    the item's implementation code
     * @param itemVersion the item version
     * @param closest     the declared code closest to {@code situation}, or null when none is close
     * @param declared    every situation code the item version declares, sorted
     */
    public UnknownSituationException(String caseNumber, String situation, String itemCode, int itemVersion,
                                     String closest, List<String> declared) {
        super(CODE, ErrorPlace.UNKNOWN, "Case " + caseNumber + ": situation '" + situation + "' is not declared by item " + itemCode + " v"
                + itemVersion + (closest == null ? "" : " (did you mean '" + closest + "'?)") + "; declared: " + declared, null);
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.situation = Objects.requireNonNull(situation, "situation");
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.itemVersion = itemVersion;
        this.closest = closest;
        Objects.requireNonNull(declared, "declared");
        this.declared = List.copyOf(declared);
    }

    /**
     * The exception for {@code situation}, not one of {@code declared} by {@code item}: the one check
     * {@link CaseInput} makes for every entry point.
     */
    static UnknownSituationException of(String caseNumber, String situation, ItemFact item, Collection<String> declared) {
        List<String> sorted = declared.stream().sorted().toList();
        return new UnknownSituationException(caseNumber, situation, item.code(), Integer.parseInt(item.version()),
                Suggestions.closest(situation, sorted), sorted);
    }

    /** The case. */
    public String caseNumber() {
        return caseNumber;
    }

    /** The situation code the item does not declare. */
    public String situation() {
        return situation;
    }

    /** The item's implementation code. */
    public String itemCode() {
        return itemCode;
    }

    /** The item version. */
    public int itemVersion() {
        return itemVersion;
    }

    /** The declared code closest to {@link #situation()}, or null when none is close. */
    public String closest() {
        return closest;
    }

    /** Every situation code the item version declares, sorted. */
    public List<String> declared() {
        return declared;
    }
}
