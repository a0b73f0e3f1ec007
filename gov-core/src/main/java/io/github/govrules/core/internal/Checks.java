package io.github.govrules.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the compact constructors of the model records. Not public API. */
public final class Checks {

    private Checks() {
    }

    /** Null-safe copy: a null list becomes an empty list; null elements are rejected naming the field. */
    public static <T> List<T> list(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
        }
        return List.copyOf(list);
    }

    /** Rejects duplicate keys in a list, naming the field and the duplicate. */
    public static <T> void unique(List<T> list, Function<T, String> key, String field) {
        Set<String> seen = new HashSet<>();
        for (T t : list) {
            String k = key.apply(t);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(field + " contains '" + k + "' more than once");
            }
        }
    }

    /** Requires a value to be at least {@code min}. */
    public static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", but was " + value);
        }
        return value;
    }

    /**
     * An optional text is absent (null) or has content: a blank one would be left out when
     * written and read back as absent, so it is refused, naming the field.
     */
    public static String optionalText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: leave it out when there is none");
        }
        return value;
    }

    /**
     * A required text: not null (a {@link NullPointerException} naming the field) and not blank
     * (an {@link IllegalArgumentException} naming the field).
     */
    public static String requiredText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** {@link Objects#requireNonNull(Object, String)} with the field name as message. */
    public static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, field);
    }
}
