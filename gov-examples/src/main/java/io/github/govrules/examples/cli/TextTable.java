package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of cells printed in aligned columns, whatever the cells' widths (CJK-aware, see {@link TextWidth}). */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    /** @param rightAligned which columns are numbers, aligned on the right */
    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned;
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** Prints the rows, each indented, columns separated by two spaces, trailing spaces removed. */
    void print(PrintWriter out, String indent) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], TextWidth.of(r[i] == null ? "" : r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "" : r[i];
                boolean right = i < rightAligned.length && rightAligned[i];
                line.append(right ? TextWidth.padLeft(cell, widths[i]) : TextWidth.padRight(cell, widths[i]));
                if (i < r.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
