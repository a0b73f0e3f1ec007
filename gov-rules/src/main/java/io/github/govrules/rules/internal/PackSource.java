package io.github.govrules.rules.internal;

import io.github.govrules.rules.PackManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A pack as read from disk or the classpath, not yet built.
 *
 * @param manifest  the parsed manifest
 * @param manifestFile the manifest file
 * @param rules     the DRL files, in manifest order
 * @param scenarios the scenario files, in manifest order
 * @param dir       the folder on disk, or null for a classpath pack
 */
public record PackSource(PackManifest manifest, SourceFile manifestFile, List<SourceFile> rules,
                         List<SourceFile> scenarios, Path dir) {

    /** Creates the record. */
    public PackSource {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(manifestFile, "manifestFile");
        rules = List.copyOf(rules);
        scenarios = List.copyOf(scenarios);
    }

    /** The pack id. */
    public String id() {
        return manifest.id();
    }
}
