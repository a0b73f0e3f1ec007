package io.github.govrules.rules.internal;

import io.github.govrules.core.internal.Suggestions;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.govrules.rules.PackProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Jackson's errors on a pack's YAML in the user's words: the key or value that is wrong, located at
 * itself (found again in the {@link YamlDoc}), what was expected ("a list", "a date like 2025-01-01",
 * "one of [...]") and, for an unknown key, the closest known one. No Java class name reaches the user.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /** The problem {@code e} reports, in {@code what} ("manifest", "scenario file"). */
    static PackProblem problem(YamlDoc doc, String what, JsonProcessingException e) {
        MarkedYAMLException yaml = markedCause(e);
        SourceFile file = doc.file();
        if (yaml != null) {
            // the plain parser has read the file already, so this is not expected; keep SnakeYAML's words
            String text = yaml.getProblem() == null ? YamlDoc.firstLine(yaml.getMessage()) : yaml.getProblem();
            int line = yaml.getProblemMark() == null ? 0 : yaml.getProblemMark().getLine() + 1;
            int col = yaml.getProblemMark() == null ? 0 : yaml.getProblemMark().getColumn() + 1;
            return new PackProblem(file.packId(), file.display(), line, col, "invalid " + what + ": " + text);
        }
        List<Object> path = e instanceof JsonMappingException m ? path(m) : List.of();
        String where = path.isEmpty() ? "" : " at " + dotted(path);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            }
            List<Object> parent = path.subList(0, Math.max(0, path.size() - 1));
            String near = Suggestions.closest(u.getPropertyName(), known);
            return doc.problemAtKey(path, "invalid " + what + ": unknown key '" + u.getPropertyName() + "'"
                    + (parent.isEmpty() ? "" : " in " + dotted(parent))
                    + (near != null ? " (did you mean '" + near + "'?)" : " (known keys: " + new TreeSet<>(known) + ")"));
        }
        if (e instanceof InvalidFormatException f) {
            return doc.problemAt(path, "invalid " + what + where + ": '" + YamlDoc.abbreviate(String.valueOf(f.getValue()))
                    + "' is not " + words(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String found = doc.describe(path);
            if (found == null && m.getOriginalMessage() != null && m.getOriginalMessage().contains("No content")) {
                return new PackProblem(file.packId(), file.display(), 1, 1, what + " is empty");
            }
            return doc.problemAt(path, "invalid " + what + where + ": must be " + words(m.getTargetType())
                    + (found == null ? "" : ", not " + found));
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof RuntimeException cause && cause.getMessage() != null) {
            return doc.problemAt(path, "invalid " + what + where + ": " + YamlDoc.firstLine(cause.getMessage()));
        }
        JsonLocation loc = e.getLocation();
        String message = YamlDoc.firstLine(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            message = message.replace("Duplicate field", "key") + " appears twice: write each key once";
        }
        return new PackProblem(file.packId(), file.display(), loc == null ? 0 : Math.max(0, loc.getLineNr()),
                loc == null ? 0 : Math.max(0, loc.getColumnNr()), "invalid " + what + where + ": " + message);
    }

    /** What a value of {@code type} is, in words. */
    static String words(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map of keys and values";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date like 2025-01-01";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a map of keys and values";
    }

    private static String words(JavaType type) {
        return type == null ? words((Class<?>) null) : words(type.getRawClass());
    }

    /** The path of the error as keys (strings) and list positions (integers). */
    static List<Object> path(JsonMappingException e) {
        List<Object> out = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.add(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.add(r.getIndex());
            }
        }
        return out;
    }

    /** {@code [kinds, 0, code]} as {@code kinds[0].code}. */
    static String dotted(List<?> path) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

}
