package io.github.govrules.rules;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the engine knows about one built pack version: its manifest, the packs it layers, its content
 * hash, its effective kinds and rules, and how long the build took.
 *
 * <p>Immutable and thread-safe.
 *
 * @param manifest    the manifest of this version
 * @param chain       the ids of the packs layered, base first, this pack last
 * @param contentHash the SHA-256 of the manifests and DRL files of the chain
 * @param kinds       the effective case kinds (inherited kinds replaced by same-code ones), by precedence
 * @param rules       every rule of the chain
 * @param buildTime   how long reading, checking and building took
 * @since 0.1.0
 */
public record PackInfo(PackManifest manifest, List<String> chain, String contentHash, List<KindDeclaration> kinds,
                       List<PackRule> rules, Duration buildTime) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public PackInfo {
        Objects.requireNonNull(manifest, "manifest");
        chain = List.copyOf(chain);
        Objects.requireNonNull(contentHash, "contentHash");
        kinds = List.copyOf(kinds);
        rules = List.copyOf(rules);
        Objects.requireNonNull(buildTime, "buildTime");
    }

    /** The pack id. */
    public String id() {
        return manifest.id();
    }

    /** The pack version. */
    public String version() {
        return manifest.version();
    }
}
