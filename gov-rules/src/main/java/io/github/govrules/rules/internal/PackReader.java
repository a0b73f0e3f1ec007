package io.github.govrules.rules.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.govrules.rules.CaseKind;
import io.github.govrules.rules.DuePolicy;
import io.github.govrules.rules.NationalCaseType;
import io.github.govrules.rules.PackManifest;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads packs from a folder on disk or from the classpath. */
public final class PackReader {

    /** The classpath folder of the packs shipped with the library. */
    public static final String BUNDLED_ROOT = "io/github/govrules/rules/packs/";

    /** The manifest file name. */
    public static final String MANIFEST = "pack.yaml";

    private static final int MAX_FILE_CHARS = 1_000_000;

    private PackReader() {
    }

    /** The manifest as written in YAML; validated into a {@link PackManifest}. */
    record ManifestSpec(String id, String name, String region, String version, LocalDate effectiveFrom,
                        LocalDate effectiveUntil, @JsonProperty("extends") String extendsId, String calendar,
                        List<KindSpec> kinds, List<String> rules, List<String> scenarios, String description) {
    }

    /** One kind as written in YAML. */
    record KindSpec(String code, String nameZh, String nameEn, String nationalType, Integer precedence,
                    DuePolicy due, String legalBasis, String replaces) {
    }

    /**
     * Reads the pack in {@code dir}.
     *
     * @throws RulePackException with located problems when the folder, manifest or a listed file is wrong
     */
    public static PackSource fromDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        String fallbackId = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        Path manifestPath = dir.resolve(MANIFEST);
        if (!Files.isDirectory(dir)) {
            throw new RulePackException(List.of(new PackProblem(fallbackId, dir.toString(), 0, 0,
                    "pack folder does not exist or is not a folder")));
        }
        String manifestText = readDisk(fallbackId, manifestPath);
        SourceFile manifestFile = new SourceFile(fallbackId, MANIFEST, manifestPath.toString(), manifestText);
        PackManifest manifest = parseManifest(manifestFile);
        List<PackProblem> problems = new ArrayList<>();
        List<SourceFile> rules = new ArrayList<>();
        for (String name : manifest.rules()) {
            readListed(manifest.id(), dir, name, manifestFile, problems).ifPresent(rules::add);
        }
        List<SourceFile> scenarios = new ArrayList<>();
        for (String name : manifest.scenarios()) {
            readListed(manifest.id(), dir, name, manifestFile, problems).ifPresent(scenarios::add);
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted()
                    .filter(n -> !manifest.rules().contains(n))
                    .forEach(n -> problems.add(new PackProblem(manifest.id(), dir.resolve(n).toString(), 1, 1,
                            "DRL file " + n + " is not listed under 'rules' in " + MANIFEST + ", so it would be ignored")));
        } catch (IOException e) {
            problems.add(new PackProblem(manifest.id(), dir.toString(), 0, 0, "cannot list the pack folder: " + e));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new PackSource(manifest, manifestFile, rules, scenarios, dir);
    }

    /**
     * Reads the bundled pack {@code id} from the classpath.
     *
     * @throws RulePackException when no such pack is bundled or a file is wrong
     */
    public static PackSource fromClasspath(String id, ClassLoader loader) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(loader, "loader");
        String root = BUNDLED_ROOT + id + "/";
        String manifestText = readClasspath(loader, root + MANIFEST);
        if (manifestText == null) {
            throw new RulePackException(List.of(new PackProblem(id, "classpath:" + root + MANIFEST, 0, 0,
                    "no bundled pack '" + id + "': give a pack folder, or one of the bundled ids")));
        }
        SourceFile manifestFile = new SourceFile(id, MANIFEST, "classpath:" + root + MANIFEST, manifestText);
        PackManifest manifest = parseManifest(manifestFile);
        List<PackProblem> problems = new ArrayList<>();
        List<SourceFile> rules = new ArrayList<>();
        List<SourceFile> scenarios = new ArrayList<>();
        for (String name : manifest.rules()) {
            addClasspath(loader, manifest.id(), root, name, manifestFile, rules, problems);
        }
        for (String name : manifest.scenarios()) {
            addClasspath(loader, manifest.id(), root, name, manifestFile, scenarios, problems);
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new PackSource(manifest, manifestFile, rules, scenarios, null);
    }

    private static void addClasspath(ClassLoader loader, String id, String root, String name, SourceFile manifest,
                                     List<SourceFile> into, List<PackProblem> problems) {
        String text = readClasspath(loader, root + name);
        if (text == null) {
            problems.add(new PackProblem(id, manifest.display(), lineOf(manifest.text(), name), 1,
                    "listed file " + name + " is not on the classpath at " + root + name));
        } else {
            into.add(new SourceFile(id, name, "classpath:" + root + name, text));
        }
    }

    private static java.util.Optional<SourceFile> readListed(String id, Path dir, String name, SourceFile manifest,
                                                             List<PackProblem> problems) {
        Path p = dir.resolve(name).normalize();
        if (!p.startsWith(dir.normalize()) || name.contains("..")) {
            problems.add(new PackProblem(id, manifest.display(), lineOf(manifest.text(), name), 1,
                    "listed file " + name + " must be inside the pack folder"));
            return java.util.Optional.empty();
        }
        if (!Files.isRegularFile(p)) {
            problems.add(new PackProblem(id, manifest.display(), lineOf(manifest.text(), name), 1,
                    "listed file " + name + " does not exist in " + dir));
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new SourceFile(id, name, p.toString(), readDisk(id, p)));
        } catch (RulePackException e) {
            problems.addAll(e.problems());
            return java.util.Optional.empty();
        }
    }

    private static String readDisk(String id, Path p) {
        try {
            if (Files.size(p) > MAX_FILE_CHARS * 4L) {
                throw new RulePackException(List.of(new PackProblem(id, p.toString(), 0, 0,
                        "file is larger than " + MAX_FILE_CHARS + " characters")));
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RulePackException(List.of(new PackProblem(id, p.toString(), 0, 0, "file does not exist")));
        } catch (IOException e) {
            throw new RulePackException(List.of(new PackProblem(id, p.toString(), 0, 0,
                    "cannot read file: " + e.getMessage())));
        }
    }

    private static String readClasspath(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read classpath resource " + resource, e);
        }
    }

    /** The 1-based line of the first occurrence of {@code needle} in {@code text}, or 1. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Parses and validates a manifest.
     *
     * @throws RulePackException with every problem, located in the manifest
     */
    public static PackManifest parseManifest(SourceFile file) {
        String id = file.packId();
        ManifestSpec spec;
        try {
            spec = Json.yaml().readValue(file.text(), ManifestSpec.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String path = e instanceof JsonMappingException m ? m.getPathReference() : "";
            throw new RulePackException(List.of(new PackProblem(id, file.display(),
                    loc == null ? 0 : Math.max(0, loc.getLineNr()), loc == null ? 0 : Math.max(0, loc.getColumnNr()),
                    "invalid manifest" + (path.isEmpty() ? "" : " at " + shortPath(path)) + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
        if (spec == null) {
            throw new RulePackException(List.of(new PackProblem(id, file.display(), 1, 1, "manifest is empty")));
        }
        List<PackProblem> problems = new ArrayList<>();
        String mid = spec.id() == null ? id : spec.id();
        require(problems, mid, file, spec.id(), "id");
        require(problems, mid, file, spec.name(), "name");
        require(problems, mid, file, spec.region(), "region");
        require(problems, mid, file, spec.version(), "version");
        require(problems, mid, file, spec.effectiveFrom(), "effectiveFrom");
        require(problems, mid, file, spec.calendar(), "calendar");
        List<CaseKind> kinds = new ArrayList<>();
        if (spec.kinds() != null) {
            for (KindSpec k : spec.kinds()) {
                if (k == null || k.code() == null || k.code().isBlank()) {
                    problems.add(new PackProblem(mid, file.display(), lineOf(file.text(), "kinds:"), 1,
                            "every kind needs a 'code'"));
                    continue;
                }
                int line = lineOf(file.text(), k.code());
                if (k.nationalType() == null || k.nationalType().isBlank()) {
                    problems.add(new PackProblem(mid, file.display(), line, 1, "kind '" + k.code()
                            + "' has no national type mapping: add nationalType: 1 (immediate), 2 (promised) or 9 (other)"));
                    continue;
                }
                NationalCaseType type;
                try {
                    type = NationalCaseType.parse(k.nationalType());
                } catch (IllegalArgumentException e) {
                    problems.add(new PackProblem(mid, file.display(), line, 1, "kind '" + k.code() + "': " + e.getMessage()));
                    continue;
                }
                if (k.precedence() == null || k.due() == null) {
                    problems.add(new PackProblem(mid, file.display(), line, 1, "kind '" + k.code()
                            + "' needs 'precedence' (lower wins) and 'due' (one of "
                            + java.util.Arrays.toString(DuePolicy.values()) + ")"));
                    continue;
                }
                kinds.add(new CaseKind(k.code(), orEmpty(k.nameZh(), k.code()), orEmpty(k.nameEn(), k.code()), type,
                        k.precedence(), k.due(), orEmpty(k.legalBasis(), ""), orEmpty(k.replaces(), "")));
                if (k.legalBasis() == null || k.legalBasis().isBlank()) {
                    problems.add(new PackProblem(mid, file.display(), line, 1, "kind '" + k.code()
                            + "' has no legalBasis"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        try {
            return new PackManifest(spec.id(), spec.name(), spec.region(), spec.version(), spec.effectiveFrom(),
                    spec.effectiveUntil(), spec.extendsId(), spec.calendar(), kinds,
                    spec.rules() == null ? List.of() : spec.rules(),
                    spec.scenarios() == null ? List.of() : spec.scenarios());
        } catch (IllegalArgumentException e) {
            throw new RulePackException(List.of(new PackProblem(mid, file.display(), 1, 1, e.getMessage())));
        }
    }

    private static String orEmpty(String s, String fallback) {
        return s == null ? fallback : s;
    }

    private static void require(List<PackProblem> problems, String id, SourceFile file, Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new PackProblem(id, file.display(), 1, 1, "manifest has no '" + field + "'"));
        }
    }

    private static String shortPath(String pathReference) {
        // "io.github...PackReader$ManifestSpec["kinds"]->java.util.ArrayList[0]" -> kinds[0]
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\"([^\"]*)\"|(\\d+))]").matcher(pathReference);
        while (m.find()) {
            if (m.group(2) != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(m.group(2));
            } else {
                sb.append('[').append(m.group(3)).append(']');
            }
        }
        return sb.toString();
    }
}
