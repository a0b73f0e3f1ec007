package io.github.govrules.rules.internal;

import java.util.Objects;

/**
 * One text file of a pack.
 *
 * @param packId  the pack it belongs to
 * @param name    the name relative to the pack folder, e.g. {@code completeness.drl}
 * @param display the name shown in problems: a path on disk or {@code classpath:…}
 * @param text    the content
 */
public record SourceFile(String packId, String name, String display, String text) {

    /** Creates the record. */
    public SourceFile {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(text, "text");
    }
}
