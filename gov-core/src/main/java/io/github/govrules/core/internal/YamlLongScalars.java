package io.github.govrules.core.internal;

/**
 * The string limit applied to YAML while it is read, before SnakeYAML scans it. SnakeYAML has no limit
 * on one scalar (its {@code codePointLimit} bounds the whole document) and its reader copies its
 * look-ahead window each time it refills while it scans a run without a space, so a 7 MB quoted value
 * took about 50 s and 1.4 GB before Jackson's string limit could refuse it. One linear pass over the
 * text, with no copy of it, finds the first quoted scalar longer than the limit, or the first run of
 * characters without a space, tab or line break that is (only a scalar can be), and says where it starts.
 * Stateless. Not public API.
 */
public final class YamlLongScalars {

    private YamlLongScalars() {
    }

    /**
     * Where a value longer than {@code maxLength} characters starts.
     *
     * @param line   1-based line of its first character
     * @param column 1-based column, in code points
     * @param length the characters counted when the limit was passed (more than {@code maxLength})
     */
    public record Finding(int line, int column, long length) {
    }

    /**
     * The first value longer than {@code maxLength} characters in {@code text}, or null. Counts UTF-16
     * chars of the scalar as written (escapes included), which bounds the value read from it.
     */
    public static Finding first(CharSequence text, int maxLength) {
        int n = text.length();
        int line = 1;
        int lineStart = 0;
        boolean tokenStart = true; // only indentation, or one of : - [ { , ? since the last value
        int runStart = -1;
        int runLine = 1;
        int runLineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\n' || i + 1 >= n || text.charAt(i + 1) != '\n') {
                    line++;
                    lineStart = i + 1;
                }
                tokenStart = true;
                runStart = -1;
                continue;
            }
            if (c == ' ' || c == '\t') {
                runStart = -1;
                continue;
            }
            if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || i == lineStart)) {
                while (i + 1 < n && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
                    i++; // a comment
                }
                continue;
            }
            if ((c == '"' || c == '\'') && tokenStart) {
                int startLine = line;
                int startColumn = Character.codePointCount(text, lineStart, i) + 1;
                int j = i + 1;
                for (; j < n; j++) {
                    char d = text.charAt(j);
                    if (c == '"' && d == '\\') {
                        j++;
                    } else if (d == c) {
                        if (c == '\'' && j + 1 < n && text.charAt(j + 1) == '\'') {
                            j++;
                        } else {
                            break;
                        }
                    }
                    if (j - i > maxLength) {
                        return new Finding(startLine, startColumn, j - i);
                    }
                }
                for (int k = i; k < Math.min(j, n); k++) {
                    char d = text.charAt(k);
                    if (d == '\n' || d == '\r' && (k + 1 >= n || text.charAt(k + 1) != '\n')) {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = j;
                tokenStart = false;
                runStart = -1;
                continue;
            }
            if (runStart < 0) {
                runStart = i;
                runLine = line;
                runLineStart = lineStart;
            } else if (i - runStart >= maxLength) {
                return new Finding(runLine, Character.codePointCount(text, runLineStart, runStart) + 1, i - runStart + 1L);
            }
            tokenStart = c == ':' || c == '-' || c == '[' || c == '{' || c == ',' || c == '?';
        }
        return null;
    }

    /** The problem of a finding, in the words of the other size limits. */
    public static String problem(Finding f, int maxLength) {
        return "input exceeds a size limit: a value of more than " + maxLength + " characters starts here"
                + " (the limit is " + maxLength + ")";
    }
}
