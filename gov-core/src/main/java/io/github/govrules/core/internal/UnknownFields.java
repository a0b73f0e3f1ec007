package io.github.govrules.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the fields of one object of an input that are not properties of its type, with the
 * line and column of each field name, by reading the input again with a plain streaming parser.
 * Used on the error path only. Stateless. Not public API.
 */
final class UnknownFields {

    /**
     * An unknown field.
     *
     * @param name    the field name as written
     * @param line    1-based line of the field name, -1 if unknown
     * @param column  1-based column of the field name, -1 if unknown
     * @param present every field name of the object, in input order
     */
    record UnknownField(String name, int line, int column, Set<String> present) {
    }

    private UnknownFields() {
    }

    /**
     * The unknown field of the object at {@code objectPath}: {@code preferred} if it is there and
     * unknown, else the first unknown field in input order.
     *
     * @param mapper     the mapper whose parser factory (JSON or YAML) reads the input
     * @param input      the whole input
     * @param objectPath the path of the object, as Jackson reported it
     * @param known      the property names of the object's type
     * @param preferred  a field name to report if present and unknown, or null
     * @return the unknown field, or null if the object has none or the path does not lead to an object
     * @throws IOException if the input cannot be parsed up to the object
     */
    static UnknownField first(ObjectMapper mapper, byte[] input, List<JsonMappingException.Reference> objectPath,
                              Set<String> known, String preferred) throws IOException {
        try (JsonParser p = mapper.createParser(input)) {
            JsonToken t = walk(p, objectPath);
            if (t == null) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                return null;
            }
            Set<String> present = new LinkedHashSet<>();
            String firstName = null;
            JsonLocation firstAt = null;
            String preferredName = null;
            JsonLocation preferredAt = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                present.add(name);
                if (!known.contains(name)) {
                    if (firstName == null) {
                        firstName = name;
                        firstAt = at;
                    }
                    if (name.equals(preferred) && preferredName == null) {
                        preferredName = name;
                        preferredAt = at;
                    }
                }
                p.nextToken();
                p.skipChildren();
            }
            if (preferredName != null) {
                return found(preferredName, preferredAt, present);
            }
            return firstName == null ? null : found(firstName, firstAt, present);
        }
    }

    /**
     * Where the value of {@code field} of the object at {@code objectPath} starts.
     *
     * @return {line, column} (1-based), or null if the path or the field is not in the input
     * @throws IOException if the input cannot be parsed up to the value
     */
    static int[] valueOf(ObjectMapper mapper, byte[] input, List<JsonMappingException.Reference> objectPath,
                         String field) throws IOException {
        try (JsonParser p = mapper.createParser(input)) {
            JsonToken t = walk(p, objectPath);
            if (t == null) {
                return null;
            }
            if (intoField(p, t, field) == null) {
                return null;
            }
            JsonLocation at = p.currentTokenLocation();
            return at == null || at.getLineNr() < 1 ? null : new int[] {at.getLineNr(), at.getColumnNr()};
        }
    }

    private static UnknownField found(String name, JsonLocation at, Set<String> present) {
        int line = at == null || at.getLineNr() < 1 ? -1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? -1 : at.getColumnNr();
        return new UnknownField(name, line, column, Set.copyOf(present));
    }

    /** Moves from the start of the input to the value at {@code path}; null if the path is not there. */
    private static JsonToken walk(JsonParser p, List<JsonMappingException.Reference> path) throws IOException {
        JsonToken t = p.nextToken();
        for (JsonMappingException.Reference step : path) {
            t = step.getFieldName() != null ? intoField(p, t, step.getFieldName())
                    : step.getIndex() >= 0 ? intoElement(p, t, step.getIndex()) : null;
            if (t == null) {
                return null;
            }
        }
        return t;
    }

    /** Moves from the start of an object to the value of {@code field}; null if absent. */
    private static JsonToken intoField(JsonParser p, JsonToken at, String field) throws IOException {
        if (at != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals(name)) {
                return value;
            }
            p.skipChildren();
        }
        return null;
    }

    /** Moves from the start of an array to its element {@code index}; null if absent. */
    private static JsonToken intoElement(JsonParser p, JsonToken at, int index) throws IOException {
        if (at != JsonToken.START_ARRAY) {
            return null;
        }
        int i = 0;
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (i++ == index) {
                return t;
            }
            p.skipChildren();
        }
        return null;
    }
}
