package io.github.govrules.rules.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.govrules.core.internal.TextFiles;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.rules.KindDeclaration;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.DuePolicy;
import io.github.govrules.core.item.NationalCaseType;
import io.github.govrules.rules.PackManifest;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads packs from a folder on disk or from the classpath. */
public final class PackReader {

    /** The classpath folder of the packs shipped with the library. */
    public static final String BUNDLED_ROOT = "io/github/govrules/rules/packs/";

    /** The manifest file name. */
    public static final String MANIFEST = "pack.yaml";

    private static final int MAX_FILE_CHARS = 1_000_000;

    /** How deep below the pack folder unlisted DRL files are looked for. */
    private static final int MAX_DEPTH = 8;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

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
        String outside = outsideMessage(dir, manifestPath, MANIFEST);
        if (outside != null) {
            throw new RulePackException(List.of(new PackProblem(fallbackId, manifestPath.toString(), 0, 0, outside)));
        }
        String manifestText = readDisk(fallbackId, manifestPath);
        SourceFile manifestFile = new SourceFile(fallbackId, MANIFEST, manifestPath.toString(), manifestText);
        PackManifest manifest = parseManifest(manifestFile);
        List<PackProblem> problems = new ArrayList<>();
        List<SourceFile> rules = new ArrayList<>();
        for (int i = 0; i < manifest.rules().size(); i++) {
            readListed(manifest.id(), dir, manifest.rules().get(i), manifestFile, List.of("rules", i), problems)
                    .ifPresent(rules::add);
        }
        List<SourceFile> scenarios = new ArrayList<>();
        for (int i = 0; i < manifest.scenarios().size(); i++) {
            readListed(manifest.id(), dir, manifest.scenarios().get(i), manifestFile, List.of("scenarios", i), problems)
                    .ifPresent(scenarios::add);
        }
        problems.addAll(unlistedDrl(manifest, dir));
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new PackSource(manifest, manifestFile, rules, scenarios, dir);
    }

    /**
     * The DRL files in {@code dir} or in any folder below it (extension {@code .drl} in any case) that
     * the manifest does not list: Drools would never see them.
     */
    private static List<PackProblem> unlistedDrl(PackManifest manifest, Path dir) {
        List<PackProblem> problems = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        Set<String> listed = new HashSet<>(manifest.rules());
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !listed.contains(n))
                    .sorted()
                    .forEach(n -> problems.add(new PackProblem(manifest.id(), dir.resolve(n).toString(), 1, 1,
                            "DRL file " + n + " is not listed under 'rules' in " + MANIFEST + ", so it would be ignored")));
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new PackProblem(manifest.id(), dir.toString(), 0, 0, "cannot list the pack folder: " + e.getMessage()));
        }
        return problems;
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
        String manifestText = readClasspath(loader, id, root + MANIFEST);
        if (manifestText == null) {
            throw new RulePackException(List.of(new PackProblem(id, "classpath:" + root + MANIFEST, 0, 0,
                    "no bundled pack '" + id + "': give a pack folder, or one of the bundled ids")));
        }
        SourceFile manifestFile = new SourceFile(id, MANIFEST, "classpath:" + root + MANIFEST, manifestText);
        PackManifest manifest = parseManifest(manifestFile);
        List<PackProblem> problems = new ArrayList<>();
        List<SourceFile> rules = new ArrayList<>();
        List<SourceFile> scenarios = new ArrayList<>();
        for (int i = 0; i < manifest.rules().size(); i++) {
            addClasspath(loader, manifest.id(), root, manifest.rules().get(i), manifestFile, List.of("rules", i),
                    rules, problems);
        }
        for (int i = 0; i < manifest.scenarios().size(); i++) {
            addClasspath(loader, manifest.id(), root, manifest.scenarios().get(i), manifestFile,
                    List.of("scenarios", i), scenarios, problems);
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new PackSource(manifest, manifestFile, rules, scenarios, null);
    }

    private static void addClasspath(ClassLoader loader, String id, String root, String name, SourceFile manifest,
                                     List<?> at, List<SourceFile> into, List<PackProblem> problems) {
        try {
            String text = readClasspath(loader, id, root + name);
            if (text == null) {
                problems.add(manifestDoc(manifest).problemAt(at,
                        "listed file " + name + " is not on the classpath at " + root + name));
            } else {
                into.add(new SourceFile(id, name, "classpath:" + root + name, text));
            }
        } catch (RulePackException e) {
            problems.addAll(e.problems());
        }
    }

    private static Optional<SourceFile> readListed(String id, Path dir, String name, SourceFile manifest,
                                                   List<?> at, List<PackProblem> problems) {
        Path p = dir.resolve(name).normalize();
        if (Files.notExists(p)) {
            // a folder or a file that cannot be read is explained by readDisk ("it is a folder, not a file", ...)
            problems.add(manifestDoc(manifest).problemAt(at, "listed file " + name + " does not exist in " + dir));
            return Optional.empty();
        }
        String outside = outsideMessage(dir, p, name);
        if (outside != null) {
            problems.add(manifestDoc(manifest).problemAt(at, outside));
            return Optional.empty();
        }
        try {
            return Optional.of(new SourceFile(id, name, p.toString(), readDisk(id, p)));
        } catch (RulePackException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /**
     * Why a pack in {@code dir} may not read {@code p} (named {@code name} in its files), or null when
     * it may: everything a pack reads stays inside its folder, judged on real paths (symbolic links
     * followed), not on the text of the name. The message names the file only, never its content.
     *
     * @param p a path that exists or not (one that does not is left to the reader to explain)
     */
    public static String outsideMessage(Path dir, Path p, String name) {
        try {
            if (Files.notExists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            Path root = dir.toRealPath();
            Path real;
            try {
                real = p.toRealPath();
            } catch (java.nio.file.NoSuchFileException e) {
                return "file " + name + " is a symbolic link to nothing (" + e.getFile() + "): a pack reads only"
                        + " files inside its folder";
            }
            if (!real.startsWith(root) || real.equals(root)) {
                return "file " + name + " resolves to " + real + ", outside the pack folder " + root
                        + " (through a symbolic link): a pack reads only files inside its folder";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot resolve file " + name + " in the pack folder: " + TextFiles.whyUnreadable(
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * The text of a pack file on disk. A YAML file (manifest, scenarios) has the limit of every other
     * input ({@code ReadLimits.defaults()}: its bytes, and its values' length while it is read, in
     * {@link YamlDoc}); a DRL file at most {@value #MAX_FILE_CHARS} characters, refused at the first
     * character past the limit. Either is refused before it is parsed.
     */
    private static String readDisk(String id, Path p) {
        String why = TextFiles.whyNotReadable(p);
        if (why == null) {
            try {
                String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
                long maxBytes = yaml ? ReadLimits.defaults().maxBytes() : MAX_FILE_CHARS * 4L;
                long size = Files.size(p);
                if (size > maxBytes) {
                    throw new RulePackException(List.of(new PackProblem(id, p.toString(), 1, 1,
                            "file exceeds a size limit: " + size + " bytes, the limit is " + maxBytes + " bytes")));
                }
                String text = decode(id, p.toString(), Files.readAllBytes(p));
                if (!yaml && text.length() > MAX_FILE_CHARS) {
                    int[] at = lineAndColumn(text, MAX_FILE_CHARS);
                    throw new RulePackException(List.of(new PackProblem(id, p.toString(), at[0], at[1],
                            "file exceeds a size limit: it is longer than " + MAX_FILE_CHARS + " characters, and"
                            + " character " + (MAX_FILE_CHARS + 1) + " is here; split the rules into several files")));
                }
                return text;
            } catch (IOException e) {
                why = TextFiles.whyUnreadable(e);
            }
        }
        throw new RulePackException(List.of(new PackProblem(id, p.toString(), 0, 0, "cannot read file: " + why)));
    }

    /** The 1-based line and column (in code points) of {@code index} in {@code text}. */
    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, index) + 1};
    }

    private static String readClasspath(ClassLoader loader, String id, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return decode(id, "classpath:" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read classpath resource " + resource, e);
        }
    }

    /**
     * The text of a pack file: UTF-8, with a byte order mark at the start dropped.
     *
     * @throws RulePackException naming the line and column of the first byte that is not UTF-8
     */
    static String decode(String id, String display, byte[] bytes) {
        return TextFiles.utf8(bytes, bad -> new RulePackException(List.of(
                new PackProblem(id, display, bad.line(), bad.column(), bad.problem()))));
    }

    /** The manifest read again with a plain YAML parser, to locate keys and values (on error paths). */
    public static YamlDoc manifestDoc(SourceFile manifest) {
        return YamlDoc.read(manifest, "manifest");
    }

    /**
     * Parses and validates a manifest.
     *
     * @throws RulePackException with every problem, located in the manifest
     */
    public static PackManifest parseManifest(SourceFile file) {
        String id = file.packId();
        YamlDoc doc = YamlDoc.read(file, "manifest");
        if (!doc.isMap()) {
            throw new RulePackException(List.of(doc.problemAt(List.of(),
                    "invalid manifest: a manifest is a map of keys (id, name, version, ...), not " + doc.describe(List.of()))));
        }
        ManifestSpec spec;
        try {
            spec = Json.readYaml(file.text(), ManifestSpec.class);
        } catch (JsonProcessingException e) {
            throw new RulePackException(List.of(YamlErrors.problem(doc, "manifest", e)));
        }
        if (spec == null) {
            throw new RulePackException(List.of(new PackProblem(id, file.display(), 1, 1, "manifest is empty")));
        }
        List<PackProblem> problems = new ArrayList<>();
        String mid = spec.id() == null || !ID.matcher(spec.id()).matches() ? id : spec.id();
        require(problems, mid, file, spec.id(), "id");
        require(problems, mid, file, spec.name(), "name");
        require(problems, mid, file, spec.region(), "region");
        require(problems, mid, file, spec.version(), "version");
        require(problems, mid, file, spec.effectiveFrom(), "effectiveFrom");
        require(problems, mid, file, spec.calendar(), "calendar");
        if (spec.id() != null && !spec.id().isBlank() && !ID.matcher(spec.id()).matches()) {
            problems.add(withId(doc.problemAt(List.of("id"), "id '" + spec.id()
                    + "' must be 1-40 lower-case letters, digits or '-', starting with a letter"), mid));
        }
        if (spec.effectiveFrom() != null && spec.effectiveUntil() != null
                && !spec.effectiveUntil().isAfter(spec.effectiveFrom())) {
            problems.add(withId(doc.problemAt(List.of("effectiveUntil"), "effectiveUntil " + spec.effectiveUntil()
                    + " must be after effectiveFrom " + spec.effectiveFrom()
                    + " (a version is in force from effectiveFrom, inclusive, until effectiveUntil, exclusive)"), mid));
        }
        if (spec.extendsId() != null && spec.extendsId().equals(spec.id())) {
            problems.add(withId(doc.problemAt(List.of("extends"), "pack " + spec.id()
                    + " cannot extend itself: 'extends' names its base pack, e.g. cn"), mid));
        }
        List<KindDeclaration> kinds = kinds(doc, spec, mid, problems);
        List<String> rules = listed(doc, "rules", spec.rules(), mid, problems);
        List<String> scenarios = listed(doc, "scenarios", spec.scenarios(), mid, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        try {
            return new PackManifest(spec.id(), spec.name(), spec.region(), spec.version(), spec.effectiveFrom(),
                    spec.effectiveUntil(), spec.extendsId(), spec.calendar(), kinds, rules, scenarios);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(List.of(new PackProblem(mid, file.display(), 1, 1, e.getMessage())));
        }
    }

    /** The manifest's kinds; each problem located at the kind's code or at the field that is wrong. */
    private static List<KindDeclaration> kinds(YamlDoc doc, ManifestSpec spec, String id, List<PackProblem> problems) {
        List<KindDeclaration> kinds = new ArrayList<>();
        if (spec.kinds() == null) {
            return kinds;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < spec.kinds().size(); i++) {
            KindSpec k = spec.kinds().get(i);
            List<Object> at = List.of("kinds", i, "code");
            if (k == null || k.code() == null || k.code().isBlank()) {
                problems.add(withId(doc.problemAt(List.of("kinds", i), "kinds[" + i + "] needs a 'code'"), id));
                continue;
            }
            Integer first = index.putIfAbsent(k.code(), i);
            if (first != null) {
                problems.add(withId(doc.problemAt(at, "kind code '" + k.code() + "' is declared twice (kinds["
                        + first + "] at line " + doc.lineOf(List.of("kinds", first, "code")) + " and kinds[" + i
                        + "]): declare each kind once"), id));
                continue;
            }
            if (k.nationalType() == null || k.nationalType().isBlank()) {
                problems.add(withId(doc.problemAt(at, "kind '" + k.code()
                        + "' has no national type mapping: add nationalType: 1 (immediate), 2 (promised) or 9 (other)"), id));
                continue;
            }
            NationalCaseType type;
            try {
                type = NationalCaseType.parse(k.nationalType());
            } catch (IllegalArgumentException e) {
                problems.add(withId(doc.problemAt(List.of("kinds", i, "nationalType"), "kind '" + k.code() + "': "
                        + e.getMessage()), id));
                continue;
            }
            if (k.precedence() == null || k.due() == null) {
                String needs = (k.precedence() == null ? "'precedence' (lower wins)" : "")
                        + (k.precedence() == null && k.due() == null ? " and " : "")
                        + (k.due() == null ? "'due' (one of " + Arrays.toString(DuePolicy.values()) + ")" : "");
                problems.add(withId(doc.problemAt(at, "kind '" + k.code() + "' needs " + needs), id));
                continue;
            }
            if (k.replaces() != null && k.replaces().equals(k.code())) {
                problems.add(withId(doc.problemAt(List.of("kinds", i, "replaces"), "kind '" + k.code()
                        + "' replaces itself: a kind with the code of an inherited kind replaces it without 'replaces'"), id));
                continue;
            }
            CaseKind kind;
            try {
                kind = CaseKind.of(k.code(), type, k.due(), orEmpty(k.nameZh(), k.code()), orEmpty(k.nameEn(), k.code()));
            } catch (IllegalArgumentException e) {
                problems.add(withId(doc.problemAt(at, e.getMessage()), id));
                continue;
            }
            kinds.add(new KindDeclaration(kind, k.precedence(), orEmpty(k.legalBasis(), ""), orEmpty(k.replaces(), "")));
            if (k.legalBasis() == null || k.legalBasis().isBlank()) {
                problems.add(withId(doc.problemAt(at, "kind '" + k.code() + "' has no legalBasis"), id));
            }
        }
        return kinds;
    }

    /**
     * The files listed under {@code key}, each as a path relative to the pack folder ({@code ./a.drl}
     * is {@code a.drl}); a file outside the folder, an empty entry and a file listed twice are problems.
     */
    private static List<String> listed(YamlDoc doc, String key, List<String> names, String id,
                                       List<PackProblem> problems) {
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<Object> at = List.of(key, i);
            if (name == null || name.isBlank()) {
                problems.add(withId(doc.problemAt(at, key + "[" + i + "] is empty: give a file name"), id));
                continue;
            }
            String normal = normalize(name);
            if (normal == null) {
                problems.add(withId(doc.problemAt(at, "listed file " + name + " must be inside the pack folder"), id));
                continue;
            }
            Integer first = seen.putIfAbsent(normal, i);
            if (first != null) {
                problems.add(withId(doc.problemAt(at, "file " + name + " is listed twice under '" + key
                        + "' (also at line " + doc.lineOf(List.of(key, first)) + "): list each file once"), id));
                continue;
            }
            out.add(normal);
        }
        return out;
    }

    /** {@code name} as a relative path with '/' and without '.' steps, or null when it leaves the pack folder. */
    static String normalize(String name) {
        String slashes = name.trim().replace('\\', '/');
        if (slashes.startsWith("/") || slashes.matches("^[A-Za-z]:.*")) {
            return null;
        }
        Path p;
        try {
            p = Path.of(slashes).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        String n = p.toString().replace('\\', '/');
        if (n.isEmpty() || n.equals("..") || n.startsWith("../") || p.isAbsolute()) {
            return null;
        }
        return n;
    }

    private static PackProblem withId(PackProblem p, String id) {
        return p.packId().equals(id) ? p : new PackProblem(id, p.file(), p.line(), p.column(), p.message());
    }

    private static String orEmpty(String s, String fallback) {
        return s == null ? fallback : s;
    }

    private static void require(List<PackProblem> problems, String id, SourceFile file, Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new PackProblem(id, file.display(), 1, 1, "manifest has no '" + field + "'"));
        }
    }
}
