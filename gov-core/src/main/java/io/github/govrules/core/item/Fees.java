package io.github.govrules.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.internal.ModelMapper;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * one, and no fee name repeats. Read from a file, in either form, an empty (null) entry and a
 * repeated fee name are reported at that entry ({@code $…fees.items[1]}, or {@code $…fees[1]}
 * in the list form), with its line and column; a constraint broken inside an entry (a blank
 * name, say) is named by its path as written, {@code $…fees.items[0].name} or {@code
 * $…fees[0].name}.
 *
 * @param charged whether applicants are charged (是否收费)
 * @param items   the fee items (收费项目), in guide order: empty exactly when not charged
 * @since 0.1.0
 */
public record Fees(boolean charged, @JsonDeserialize(using = Entries.class) List<@Valid Fee> items) {

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
     * @param items the fee items, read by {@link LegacyList}
     * @return the fees
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Fees fromList(@JsonDeserialize(using = LegacyList.class) List<Fee> items) {
        List<Fee> list = Checks.list(items, "items");
        return list.isEmpty() ? FREE : new Fees(true, list);
    }

    /**
     * Reads a list of fee items entry by entry, so that an empty (null) entry or a fee name
     * listed twice is reported at that entry ({@code $…fees.items[2]}, its line and column)
     * rather than at or after the list. Used for {@code items} of the object form; {@link
     * LegacyList} reads the list form the same way.
     */
    static class Entries extends StdDeserializer<List<Fee>> {

        private static final long serialVersionUID = 1L;

        /** The field the entries are listed under, as the messages name it ({@code items[0]}). */
        private final String field;

        Entries() {
            this("items");
        }

        Entries(String field) {
            super(List.class);
            this.field = field;
        }

        @Override
        public List<Fee> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return notAList(p, ctxt);
            }
            List<Fee> fees = new ArrayList<>();
            Map<String, Integer> first = new HashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int index = fees.size();
                JsonLocation at = p.currentTokenLocation();
                if (t == JsonToken.VALUE_NULL) {
                    throw located(p, "a fee entry is empty (null)", at, fees, index);
                }
                Fee fee;
                try {
                    fee = ctxt.readValue(p, Fee.class);
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, fees, index);
                }
                Integer earlier = first.putIfAbsent(fee.name(), index);
                if (earlier != null) {
                    throw located(p, "the fee '" + fee.name() + "' is listed twice (first as " + field + "["
                            + earlier + "]): list each fee once", at, fees, index);
                }
                fees.add(fee);
            }
            return fees;
        }

        /**
         * A value that is not a list: the object form's {@code items} reads it as any list
         * would (and refuses it the same way).
         */
        List<Fee> notAList(JsonParser p, DeserializationContext ctxt) throws IOException {
            return ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, Fee.class));
        }

        private static JsonMappingException located(JsonParser p, String message, JsonLocation at, List<Fee> fees,
                                                    int index) {
            JsonMappingException e = new JsonMappingException(p, message, at);
            e.prependPath(fees, index);
            return e;
        }
    }

    /**
     * Reads a {@code fees} value that is not an object: the list form of older files, entry by
     * entry as {@link Entries} ({@code $…fees[2]}); and anything else (true, a string, a number)
     * as not the documented object form.
     *
     * <p>A constraint broken inside an entry of this form (a blank name, say) is found when the
     * read item is validated, after the entries were read into the object form; the list is
     * remembered for that read ({@link ModelMapper#readListAs}), so the violation is named by its
     * path as written ({@code $…fees[0].name}, not {@code $…fees.items[0].name}).
     */
    static final class LegacyList extends Entries {

        private static final long serialVersionUID = 1L;

        /** The expected form, in the words of the reader's messages. */
        static final String EXPECTED = "expected an object {charged, items} (or, in older files, a list)";

        LegacyList() {
            super("fees");
        }

        @Override
        public List<Fee> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.isExpectedStartArrayToken()) {
                ModelMapper.readListAs(p, ctxt, "items");
            }
            return super.deserialize(p, ctxt);
        }

        @Override
        List<Fee> notAList(JsonParser p, DeserializationContext ctxt) throws IOException {
            throw new JsonMappingException(p, EXPECTED + " (got " + kind(p.currentToken()) + ")",
                    p.currentTokenLocation());
        }

        private static String kind(JsonToken t) {
            if (t == null) {
                return "nothing";
            }
            return switch (t) {
                case VALUE_TRUE, VALUE_FALSE -> "boolean";
                case VALUE_STRING -> "string";
                case VALUE_NUMBER_INT -> "integer";
                case VALUE_NUMBER_FLOAT -> "number";
                default -> t.asString() == null ? t.name().toLowerCase(Locale.ROOT) : t.asString();
            };
        }
    }
}
