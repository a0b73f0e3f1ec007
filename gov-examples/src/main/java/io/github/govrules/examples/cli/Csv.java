package io.github.govrules.examples.cli;

import java.io.PrintWriter;

/** Writes RFC 4180 CSV rows: fields joined by commas, quoted when they hold a comma, a quote or a line break. */
final class Csv {

    private Csv() {
    }

    /** Prints one row; a null field is written as an empty one. */
    static void row(PrintWriter out, Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields[i]));
        }
        out.print(line);
        out.print("\r\n".equals(System.lineSeparator()) ? "\r\n" : "\n");
    }

    /** One field, quoted if needed. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
