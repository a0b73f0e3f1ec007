package io.github.govrules.core.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Finds the YAML constructs that Jackson would read into a value other than the one written,
 * without an error: an alias ({@code *name}), which Jackson reads as the text of its name, and
 * so also any anchor ({@code &name}); and a plain (unquoted) number in YAML 1.1's octal,
 * hexadecimal or binary notation or with {@code _} separators ({@code 010} is read as 8,
 * {@code 0x10} as 16, {@code 1_0} as 10), untagged or tagged {@code !}, {@code !!int} or {@code !!float}. Each is reported with its JSON path, line and column
 * and a fix. Quoted values are text and never reported. Input that is not well-formed YAML is
 * left to the parser that reads it next, which reports it. Not public API; stateless.
 */
public final class YamlPlainValues {

    /** Plain scalars that YAML 1.1 (and Jackson) read as a number other than their decimal reading. */
    private static final Pattern NOT_DECIMAL = Pattern.compile(
            "[-+]?(0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*_[0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
                    + "|[0-9]+\\.[0-9]*_[0-9_]*([eE][-+]?[0-9]+)?)");

    private YamlPlainValues() {
    }

    /** One finding: where and what. */
    public record Finding(String path, int line, int column, String problem) {
        /** Creates a finding. */
        public Finding {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * The first alias, anchor or non-decimal plain number in the document, or null if there is
     * none (or the input is not well-formed YAML, which the reader reports itself).
     *
     * @param bytes   the document, UTF-8 or UTF-16 with a byte order mark
     * @param options the loader options (limits) the reader uses
     */
    public static Finding first(byte[] bytes, LoaderOptions options) {
        Deque<Frame> stack = new ArrayDeque<>();
        int maxDepth = options.getNestingDepthLimit();
        try {
            for (Event event : new Yaml(options).parse(new UnicodeReader(new ByteArrayInputStream(bytes)))) {
                if (stack.size() > maxDepth) {
                    return null; // too deep: the reader refuses it with its own limit
                }
                Finding found = visit(event, stack);
                if (found != null) {
                    return found;
                }
            }
        } catch (YAMLException e) {
            return null; // not well-formed: the reader's own error names it
        }
        return null;
    }

    private static Finding visit(Event event, Deque<Frame> stack) {
        if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
            Finding anchored = anchor((NodeEvent) event, stack);
            stack.push(new Frame(stack.peek(), event instanceof MappingStartEvent));
            return anchored;
        }
        if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
            stack.pop();
            advance(stack);
            return null;
        }
        if (event instanceof AliasEvent alias) {
            return at(stack, alias.getStartMark(), "YAML aliases ('*" + alias.getAnchor()
                    + "') are not supported: write the value out in full");
        }
        if (event instanceof ScalarEvent scalar) {
            Finding anchored = anchor(scalar, stack);
            if (anchored != null) {
                return anchored;
            }
            Frame top = stack.peek();
            if (top != null && top.mapping && top.expectingKey) {
                top.key = scalar.getValue();
                top.expectingKey = false;
                return null;
            }
            if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && readAsNumber(scalar.getTag())
                    && NOT_DECIMAL.matcher(scalar.getValue()).matches()) {
                return at(stack, scalar.getStartMark(), notDecimal(scalar.getValue()));
            }
            advance(stack);
        }
        return null;
    }

    /**
     * Whether Jackson reads a plain scalar with this tag as a number when it looks like one: no
     * tag, the non-specific {@code !} (which YAML means as text, but Jackson does not), and
     * {@code !!int} and {@code !!float}. {@code !!str} and other tags are read as written.
     */
    private static boolean readAsNumber(String tag) {
        return tag == null || tag.equals("!") || tag.equals("tag:yaml.org,2002:int") || tag.equals("tag:yaml.org,2002:float");
    }

    /** Why a plain number would not be read as written, and the fix. */
    static String notDecimal(String value) {
        String sign = value.startsWith("-") ? "-" : "";
        String digits = value.replaceFirst("^[-+]", "").replace("_", "");
        String notation;
        String read;
        try {
            if (digits.startsWith("0x")) {
                notation = "a hexadecimal number";
                read = sign + Long.parseLong(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                notation = "a binary number";
                read = sign + Long.parseLong(digits.substring(2), 2);
            } else if (!value.contains("_")) {
                notation = "an octal number";
                read = sign + Long.parseLong(digits, 8);
            } else {
                notation = "a number with '_' separators";
                read = sign + digits;
            }
        } catch (NumberFormatException e) {
            notation = "a number in YAML 1.1 notation";
            read = "something else";
        }
        return "'" + value + "' is " + notation + " in YAML 1.1 and would be read as " + read
                + ": write the number in plain decimal without leading zeros, or quote it (\"" + value + "\") for text";
    }

    private static Finding anchor(NodeEvent event, Deque<Frame> stack) {
        if (event.getAnchor() == null) {
            return null;
        }
        return at(stack, event.getStartMark(), "YAML anchors ('&" + event.getAnchor()
                + "') and aliases are not supported: write each value out in full");
    }

    private static Finding at(Deque<Frame> stack, Mark mark, String problem) {
        int line = mark == null ? -1 : mark.getLine() + 1;
        int column = mark == null ? -1 : mark.getColumn() + 1;
        return new Finding(path(stack), line, column, problem);
    }

    /** The JSON path of the value about to be read; built only for a finding. */
    private static String path(Deque<Frame> stack) {
        Frame top = stack.peek();
        return top == null ? "$" : top.childPath();
    }

    /** A value was read: its parent expects the next key, or the next element. */
    private static void advance(Deque<Frame> stack) {
        Frame top = stack.peek();
        if (top == null) {
            return;
        }
        if (top.mapping) {
            if (top.expectingKey) {
                top.key = null; // a key that is not a scalar
                top.expectingKey = false;
            } else {
                top.expectingKey = true;
            }
        } else {
            top.index++;
        }
    }

    /** An open mapping or sequence, linked to its parent: no path text is kept per level. */
    private static final class Frame {
        final Frame parent;
        final boolean mapping;
        /** The key or index under which this collection stands in its parent, fixed when it opened. */
        final String inParent;
        boolean expectingKey = true;
        String key;
        int index;

        Frame(Frame parent, boolean mapping) {
            this.parent = parent;
            this.mapping = mapping;
            this.inParent = parent == null ? null : parent.childSegment();
        }

        /** The path segment of the value this collection is about to read. */
        String childSegment() {
            if (mapping) {
                return expectingKey || key == null ? "" : "." + key;
            }
            return "[" + index + "]";
        }

        /** The full path of the value this collection is about to read. */
        String childPath() {
            StringBuilder sb = new StringBuilder();
            for (Frame f = this; f != null; f = f.parent) {
                if (f.inParent != null) {
                    sb.insert(0, f.inParent);
                }
            }
            return sb.insert(0, '$').append(childSegment()).toString();
        }
    }
}
