package io.github.govrules.rules.internal;

import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves the packs a pack extends: a sibling folder named after the base first, then a bundled pack. */
public final class Chains {

    /** The ids of the packs bundled with the library. */
    public static final List<String> BUNDLED = List.of("cn", "cn-zj", "cn-sc");

    private Chains() {
    }

    /**
     * The chain for {@code top}, base first.
     *
     * @throws RulePackException when a base is missing, misnamed or the packs extend each other in a cycle
     */
    public static List<PackSource> resolve(PackSource top, ClassLoader loader) {
        List<PackSource> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        PackSource current = top;
        chain.add(current);
        seen.add(current.id());
        while (current.manifest().extendsId() != null) {
            String baseId = current.manifest().extendsId();
            if (!seen.add(baseId)) {
                throw new RulePackException(List.of(atExtends(current, "packs extend each other in a cycle: " + String.join(" extends ", seen)
                                + " extends " + baseId + " again")));
            }
            Path parent = current.dir() == null ? null : current.dir().toAbsolutePath().normalize().getParent();
            Path sibling = parent == null ? null : parent.resolve(baseId);
            PackSource base;
            if (sibling != null && Files.isRegularFile(sibling.resolve(PackReader.MANIFEST))) {
                base = PackReader.fromDirectory(sibling);
            } else if (BUNDLED.contains(baseId)) {
                base = PackReader.fromClasspath(baseId, loader);
            } else {
                throw new RulePackException(List.of(atExtends(current, "base pack '" + baseId + "' not found: no sibling folder "
                                + (sibling == null ? "" : sibling + " ") + "and no bundled pack of that id " + BUNDLED)));
            }
            if (!base.id().equals(baseId)) {
                throw new RulePackException(List.of(atExtends(current, "base pack folder for '" + baseId + "' declares id '" + base.id() + "'")));
            }
            chain.add(0, base);
            current = base;
        }
        return chain;
    }

    /** A problem at the manifest's {@code extends:} value, located only when there is a problem (the manifest is read again). */
    private static PackProblem atExtends(PackSource pack, String message) {
        int[] at = PackReader.manifestDoc(pack.manifestFile()).valueAt(List.of("extends"));
        return new PackProblem(pack.id(), pack.manifestFile().display(), at[0], at[1], message);
    }
}
