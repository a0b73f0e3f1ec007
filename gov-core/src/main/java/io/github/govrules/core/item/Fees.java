package io.github.govrules.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.govrules.core.internal.Checks;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The fees (收费) of a service item: whether it is charged for (是否收费) and, if so, each fee
 * item (收费项目) with its standard, basis and reductions (GB/T 39046-2020, item fees).
 *
 * <p>In YAML an item that is free of charge says {@code fees: {charged: false}}; a charged one
 * lists its fee items:
 * <pre>{@code
 * fees:
 *   charged: true
 *   items:
 *     - {name: "工本费", standard: "10 元/本", basis: "…", reductions: "…"}
 * }</pre>
 * An item without {@code fees} does not say (the field is optional). For files written before
 * this element existed, a plain list is still read: {@code fees: []} as free of charge, a
 * non-empty list as charged with those fee items; it is written back in the form above.
 *
 * <p>The constructor checks that a free item lists no fee items, a charged item lists at least
 * one, and no fee name repeats.
 *
 * @param charged whether applicants are charged (是否收费)
 * @param items   the fee items (收费项目), in guide order: empty exactly when not charged
 * @since 0.1.0
 */
public record Fees(boolean charged, List<@Valid Fee> items) {

    /** Free of charge (不收费): no fee items. */
    public static final Fees FREE = new Fees(false, List.of());

    /**
     * Creates the fees of an item.
     *
     * @throws NullPointerException     if a fee item is null
     * @throws IllegalArgumentException if a free item lists fee items, a charged item lists none,
     *                                  or a fee name is listed twice; the message names the field
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Fees {
        items = Checks.list(items, "items");
        if (!charged && !items.isEmpty()) {
            throw new IllegalArgumentException("items must be empty when charged is false (不收费), but "
                    + items.size() + (items.size() == 1 ? " fee item is" : " fee items are") + " listed: "
                    + items.stream().map(Fee::name).toList() + " (set charged: true, or remove them)");
        }
        if (charged && items.isEmpty()) {
            throw new IllegalArgumentException("charged is true but no fee items (收费项目) are listed:"
                    + " list each fee under items with its name, standard and basis");
        }
        Checks.unique(items, Fee::name, "items");
    }

    /**
     * Fees charged for the given fee items.
     *
     * @param items the fee items, at least one
     * @return the fees
     * @throws IllegalArgumentException if there is no fee item, or a name repeats
     */
    public static Fees charged(List<Fee> items) {
        return new Fees(true, items);
    }

    /**
     * Reads the list form of files written before the {@code charged} flag existed: an empty
     * list is free of charge (as that list was documented), a non-empty list is charged.
     *
     * @param items the fee items
     * @return the fees
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Fees fromList(List<Fee> items) {
        List<Fee> list = Checks.list(items, "items");
        return list.isEmpty() ? FREE : new Fees(true, list);
    }
}
