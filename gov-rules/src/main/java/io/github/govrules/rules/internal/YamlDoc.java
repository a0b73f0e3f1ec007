package io.github.govrules.rules.internal;

import io.github.govrules.core.internal.TextFiles;
import io.github.govrules.core.internal.YamlLongScalars;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.core.internal.YamlPlainValues;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file of a pack (manifest or scenarios) read with a plain YAML parser, before Jackson maps
 * it: refuses what is not well-formed YAML (with SnakeYAML's own problem and its line and column),
 * a key written twice in one map, and what Jackson would read as another value (aliases, anchors,
 * YAML 1.1 octal, hexadecimal or underscore numbers; gov-core's {@link YamlPlainValues}); then
 * locates keys and values by their path, so that problems found later point at what is wrong.
 * Immutable once built.
 */
public final class YamlDoc {

    private final SourceFile file;
    private final Node root;

    private YamlDoc(SourceFile file, Node root) {
        this.file = file;
        this.root = root;
    }

    /** The loader options of the plain parser: limits as Jackson's, no duplicate keys. */
    static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(20);
        o.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, ReadLimits.defaults().maxBytes()));
        return o;
    }

    /**
     * Reads {@code file}; {@code what} names it in messages ("manifest", "scenario file").
     *
     * @throws RulePackException located, when the file is empty, not well-formed, has a key twice in
     *                           one map, or holds a value Jackson would read as another
     */
    public static YamlDoc read(SourceFile file, String what) {
        int maxLength = ReadLimits.defaults().maxStringLength();
        YamlLongScalars.Finding longValue = YamlLongScalars.first(file.text(), maxLength);
        if (longValue != null) {
            throw new RulePackException(List.of(new PackProblem(file.packId(), file.display(), longValue.line(),
                    longValue.column(), "invalid " + what + ": " + YamlLongScalars.problem(longValue, maxLength))));
        }
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(file.text()));
        } catch (MarkedYAMLException e) {
            throw new RulePackException(List.of(syntax(file, what, e)));
        } catch (YAMLException e) {
            throw new RulePackException(List.of(new PackProblem(file.packId(), file.display(), 1, 1,
                    "invalid " + what + ": " + firstLine(e.getMessage()))));
        }
        if (root == null || root instanceof ScalarNode s && s.getValue().isBlank()) {
            throw new RulePackException(List.of(new PackProblem(file.packId(), file.display(), 1, 1,
                    what + " is empty")));
        }
        YamlDoc doc = new YamlDoc(file, root);
        PackProblem duplicate = doc.firstProblem(root, "");
        if (duplicate != null) {
            throw new RulePackException(List.of(duplicate));
        }
        YamlPlainValues.Finding plain = YamlPlainValues.first(file.text().getBytes(StandardCharsets.UTF_8),
                loaderOptions());
        if (plain != null) {
            throw new RulePackException(List.of(new PackProblem(file.packId(), file.display(),
                    Math.max(0, plain.line()), Math.max(0, plain.column()),
                    "invalid " + what + " at " + shortPath(plain.path()) + ": " + plain.problem())));
        }
        return doc;
    }

    /** SnakeYAML's problem and where, and the construct it was reading, on one line. */
    private static PackProblem syntax(SourceFile file, String what, MarkedYAMLException e) {
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        StringBuilder sb = new StringBuilder("invalid ").append(what).append(": ");
        String problem = e.getProblem() == null ? "" : e.getProblem().replace("\t(TAB)", "TAB").replace("\\t(TAB)", "TAB");
        sb.append(problem.isBlank() ? firstLine(e.getMessage()) : problem.replaceAll("\\s+", " ").trim());
        if (e.getContext() != null && !e.getContext().isBlank()) {
            sb.append(" (").append(e.getContext().trim());
            Mark ctx = e.getContextMark();
            if (ctx != null && (at == null || ctx.getLine() != at.getLine() || ctx.getColumn() != at.getColumn())) {
                sb.append(" that starts at line ").append(ctx.getLine() + 1).append(", column ").append(ctx.getColumn() + 1);
            }
            sb.append(')');
        }
        if (at != null) {
            sb.append(hint(file.text(), at.getLine(), problem, e.getContext()));
        }
        return new PackProblem(file.packId(), file.display(), at == null ? 0 : at.getLine() + 1,
                at == null ? 0 : at.getColumn() + 1, sb.toString());
    }

    /**
     * What most likely caused a syntax error SnakeYAML reports further on: a line indented with a
     * TAB, or a quote opened on an earlier line and not closed there (the quoted text then runs on
     * into the next lines). Empty when neither is seen.
     */
    private static String hint(String text, int problemLine, String problem, String context) {
        String[] lines = text.split("\n", -1);
        int last = Math.min(problemLine, lines.length - 1);
        if (!problem.contains("TAB") && last >= 0 && lines[last].matches("^[ ]*\t.*")) {
            return ": line " + (last + 1) + " is indented with a TAB; indent with spaces";
        }
        if (context != null && context.contains("quoted scalar")) {
            return "";
        }
        for (int i = 0; i <= last; i++) {
            String line = lines[i];
            int hash = line.indexOf(" #");
            String content = line.trim().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
            int unescaped = 0;
            for (int c = 0; c < content.length(); c++) {
                if (content.charAt(c) == '"' && (c == 0 || content.charAt(c - 1) != '\\')) {
                    unescaped++;
                }
            }
            if (unescaped % 2 == 1) {
                return ": the quote opened at line " + (i + 1) + ", column " + (content.indexOf('"') + 1)
                        + " is not closed on that line";
            }
        }
        return "";
    }

    /**
     * The first key written twice in one map, or value that is not a person's text (a control character
     * or a lone UTF-16 surrogate written as an escape; gov-core's rule for every file), or null.
     */
    private PackProblem firstProblem(Node node, String path) {
        if (node instanceof ScalarNode v) {
            int bad = TextFiles.firstNonTextInValue(v.getValue());
            return bad < 0 ? null : new PackProblem(file.packId(), file.display(), v.getStartMark().getLine() + 1,
                    v.getStartMark().getColumn() + 1, "value at " + (path.isEmpty() ? "the top" : path) + ": "
                    + TextFiles.nonTextInValue(v.getValue(), bad));
        }
        if (node instanceof MappingNode m) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    PackProblem key = firstProblem(k, path.isEmpty() ? "a key" : path + " (a key)");
                    if (key != null) {
                        return key;
                    }
                    Node first = seen.putIfAbsent(k.getValue(), k);
                    if (first != null) {
                        return new PackProblem(file.packId(), file.display(), k.getStartMark().getLine() + 1,
                                k.getStartMark().getColumn() + 1, "key '" + k.getValue() + "' appears twice"
                                + (path.isEmpty() ? "" : " in " + path) + " (first at line "
                                + (first.getStartMark().getLine() + 1) + "): write each key once");
                    }
                }
                String childPath = (path.isEmpty() ? "" : path + ".")
                        + (t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?");
                PackProblem inner = firstProblem(t.getValueNode(), childPath);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                PackProblem inner = firstProblem(s.getValue().get(i), path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The file read. */
    public SourceFile file() {
        return file;
    }

    /** Whether the document is a map (YAML mapping) at the top. */
    public boolean isMap() {
        return root instanceof MappingNode;
    }

    /** The node at {@code path} (keys as strings, list positions as integers), or null. */
    Node node(List<?> path) {
        Node n = root;
        for (Object step : path) {
            n = child(n, step);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static Node child(Node n, Object step) {
        if (step instanceof String key && n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        } else if (step instanceof Integer i && n instanceof SequenceNode s && i >= 0 && i < s.getValue().size()) {
            return s.getValue().get(i);
        }
        return null;
    }

    private static Node keyNode(Node parent, String key) {
        if (parent instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * The 1-based line and column of the key at the end of {@code path} (for a list position: of the
     * element), or of the nearest enclosing node found; never null (line 1, column 1 at worst).
     */
    public int[] keyAt(List<?> path) {
        for (int len = path.size(); len > 0; len--) {
            Node parent = node(path.subList(0, len - 1));
            Object last = path.get(len - 1);
            Node k = last instanceof String s ? keyNode(parent, s) : child(parent, last);
            if (k != null) {
                return at(k);
            }
        }
        return new int[] {1, 1};
    }

    /**
     * The 1-based line and column of the value at {@code path}, else of its key, else of the nearest
     * enclosing node found; never null.
     */
    public int[] valueAt(List<?> path) {
        Node n = node(path);
        if (n != null) {
            return at(n);
        }
        return keyAt(path);
    }

    /** The line of the value at {@code path} (see {@link #valueAt}). */
    public int lineOf(List<?> path) {
        return valueAt(path)[0];
    }

    /** A problem located at the value at {@code path}. */
    public PackProblem problemAt(List<?> path, String message) {
        int[] lc = valueAt(path);
        return new PackProblem(file.packId(), file.display(), lc[0], lc[1], message);
    }

    /** A problem located at the key at the end of {@code path}. */
    public PackProblem problemAtKey(List<?> path, String message) {
        int[] lc = keyAt(path);
        return new PackProblem(file.packId(), file.display(), lc[0], lc[1], message);
    }

    /** A word for the node at {@code path}: "a list", "a map", "the text 'x'", or null when absent. */
    String describe(List<?> path) {
        Node n = node(path);
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n instanceof MappingNode) {
            return "a map";
        }
        if (n instanceof ScalarNode s) {
            return "'" + abbreviate(s.getValue()) + "'";
        }
        return null;
    }

    private static int[] at(Node n) {
        Mark m = n.getStartMark();
        return m == null ? new int[] {1, 1} : new int[] {m.getLine() + 1, m.getColumn() + 1};
    }

    /** {@code $.kinds[0].code} as {@code kinds[0].code}. */
    static String shortPath(String jsonPath) {
        String p = jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
        return p.isEmpty() ? "the top" : p;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }
}
