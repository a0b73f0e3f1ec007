package io.github.govrules.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small packs to temporary folders for tests. */
final class TestPacks {

    private TestPacks() {
    }

    static final String IMPORTS = "package test.pack;\n\nimport io.github.govrules.rules.fact.*; import io.github.govrules.core.cases.SubmittedMaterial; import io.github.govrules.core.item.MaterialForm; import io.github.govrules.core.item.Necessity;\n\n";

    /** A manifest of a stand-alone pack with the immediate and promised kinds. */
    static String manifest(String id, String version, String from, String until, List<String> rules) {
        return "id: " + id + "\n"
                + "name: test pack\n"
                + "region: \"100000\"\n"
                + "version: \"" + version + "\"\n"
                + "effectiveFrom: " + from + "\n"
                + "effectiveUntil: " + (until == null ? "null" : until) + "\n"
                + "calendar: CN\n"
                + "kinds:\n"
                + "  - {code: immediate, nameZh: 即办件, nameEn: immediate, nationalType: 1, precedence: 30, due: ON_THE_SPOT, legalBasis: 行政许可法 第三十四条}\n"
                + "  - {code: promised, nameZh: 承诺件, nameEn: promised, nationalType: 2, precedence: 40, due: PROMISED, legalBasis: 行政许可法 第四十二条}\n"
                + "rules: " + rules + "\n"
                + "scenarios: []\n";
    }

    /** A rule that classifies every case as {@code kind}. */
    static String classifyAll(String name, String kind) {
        return "rule \"" + name + "\"\n"
                + "    @legalBasis(\"行政许可法 第四十二条\")\n"
                + "when\n"
                + "    ItemFact()\n"
                + "then\n"
                + "    insert(new KindCandidate(\"" + kind + "\", \"理由\", \"reason\"));\n"
                + "end\n";
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a bundled pack (manifest, DRL, scenario and item files) into {@code dir}. */
    static Path copyBundled(String id, Path dir) {
        for (String f : List.of("pack.yaml", "completeness.drl", "classification.drl", "acceptance.drl",
                "scenarios.yaml", "scenarios-catalog.yaml", "items.yaml")) {
            try (InputStream in = TestPacks.class.getClassLoader()
                    .getResourceAsStream("io/github/govrules/rules/packs/" + id + "/" + f)) {
                if (in != null) {
                    write(dir, f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
