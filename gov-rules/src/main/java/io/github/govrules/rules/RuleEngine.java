package io.github.govrules.rules;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.rules.internal.Chains;
import io.github.govrules.rules.internal.CompiledPack;
import io.github.govrules.rules.internal.Linter;
import io.github.govrules.rules.internal.PackCompiler;
import io.github.govrules.rules.internal.PackReader;
import io.github.govrules.rules.internal.PackSource;
import io.github.govrules.rules.internal.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule engine (规则引擎): loads rule packs, builds them once with Drools (classic DRL compiled at
 * run time), and checks cases against the version of a pack in force on their decision date.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.create();
 * engine.loadBundled("cn-zj");                      // or engine.load(Path.of("packs/cn-zj"))
 * Evaluation evaluation = engine.evaluate("cn-zj", input, LocalDate.of(2025, 9, 19));
 * System.out.println(evaluation.notice().renderZh());
 * System.out.println(evaluation.toJson());
 * }</pre>
 *
 * <p><b>Thread safety.</b> All methods are thread-safe. Built packs are shared by all evaluations;
 * each evaluation uses its own pooled session. Loading a pack version that is already loaded
 * (same id and version) replaces it atomically: evaluations already running finish on the old build,
 * later ones see the new build, and none ever sees a half-built pack. A pack that fails to build
 * changes nothing. Loading identical content again reuses the cached build.
 *
 * <p><b>Versions.</b> Several versions of a pack may be loaded when their effective ranges
 * ({@code effectiveFrom} inclusive, {@code effectiveUntil} exclusive) do not meet, so that exactly one
 * is in force on any day; a version that would be in force on a day another loaded version is, is
 * refused (which decided would depend on the order of loading).
 *
 * <p><b>Layering.</b> A pack whose manifest says {@code extends: cn} is built together with its base:
 * for a pack on disk the base is looked up first in a sibling folder named after it, then among the
 * bundled packs.
 *
 * @since 0.1.0
 */
public final class RuleEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

    /** The ids of the packs bundled with the library. */
    public static final List<String> BUNDLED = Chains.BUNDLED;

    private final Function<String, WorkingDayCalendar> calendars;
    private final ClassLoader loader;
    private final boolean memoize;
    private final Object writeLock = new Object();
    private final AtomicReference<Map<String, List<CompiledPack>>> builds = new AtomicReference<>(Map.of());

    private RuleEngine(Function<String, WorkingDayCalendar> calendars, ClassLoader loader, boolean memoize) {
        this.calendars = calendars;
        this.loader = loader;
        this.memoize = memoize;
    }

    /** An engine using the standard calendars of gov-calendar ({@code CN} and its regional overlays). */
    public static RuleEngine create() {
        return create(Calendars.standard());
    }

    /**
     * An engine using the given calendar registry; a pack's manifest names its calendar by id.
     *
     * @throws NullPointerException if {@code calendars} is null
     */
    public static RuleEngine create(Calendars calendars) {
        return create(calendars, true);
    }

    /**
     * An engine using the given calendar registry, with or without the decision memo.
     *
     * <p>The decision memo remembers, per built pack, what the rules decided for a set of facts
     * (item version, materials, situations, submissions, dates — plus the case number or applicant
     * only if a rule mentions them), so a case whose facts equal an earlier one's skips Drools and gets
     * the remembered evaluation with its own case number in the evaluation and notice. Rules are functions
     * of their facts, so the evaluation is the same (evaluations are immutable; the same case evaluated
     * twice may get the same instance, and cases with the same facts share their receipt and
     * classification instances); a pack whose rules use globals,
     * {@code drools}/{@code kcontext}, the clock or random numbers is never memoized. Bounded to
     * 20,000 entries per build.
     *
     * @param calendars        the calendar registry
     * @param memoizeDecisions whether to use the decision memo
     * @throws NullPointerException if {@code calendars} is null
     */
    public static RuleEngine create(Calendars calendars, boolean memoizeDecisions) {
        Objects.requireNonNull(calendars, "calendars");
        return new RuleEngine(calendars::calendar, RuleEngine.class.getClassLoader(), memoizeDecisions);
    }

    /**
     * Loads (or reloads) the pack in folder {@code dir}, with the packs it extends, and builds it.
     *
     * @return what was built
     * @throws RulePackException with every located problem, or when another loaded version of the pack would
     *                           be in force on some of the same days; the engine keeps what it had
     */
    public PackInfo load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        long start = System.nanoTime();
        PackSource source = PackReader.fromDirectory(dir);
        return install(resolveChain(source), start);
    }

    /**
     * Loads (or reloads) a pack bundled with the library, e.g. {@code "cn-zj"}.
     *
     * @throws RulePackException if there is no such pack, it does not build, or another loaded version of
     *                           it would be in force on some of the same days
     */
    public PackInfo loadBundled(String id) {
        Objects.requireNonNull(id, "id");
        long start = System.nanoTime();
        PackSource source = PackReader.fromClasspath(id, loader);
        return install(resolveChain(source), start);
    }

    /**
     * Loads a pack by folder if {@code dirOrId} names an existing folder, else as a bundled id: the
     * form a command line takes ({@code --pack DIR|ID}).
     *
     * @throws RulePackException if neither works
     */
    public PackInfo load(String dirOrId) {
        Objects.requireNonNull(dirOrId, "dirOrId");
        Path p = Path.of(dirOrId);
        if (Files.isDirectory(p)) {
            return load(p);
        }
        if (dirOrId.contains("/") || dirOrId.contains("\\")) {
            throw new RulePackException(List.of(new PackProblem(dirOrId, dirOrId, 0, 0,
                    "pack folder does not exist (bundled packs: " + BUNDLED + ")")));
        }
        return loadBundled(dirOrId);
    }

    private List<PackSource> resolveChain(PackSource top) {
        return Chains.resolve(top, loader);
    }

    private PackInfo install(List<PackSource> chain, long start) {
        PackManifest manifest = chain.get(chain.size() - 1).manifest();
        String hash = PackCompiler.contentHash(chain);
        Optional<CompiledPack> cached = versions(manifest.id()).stream()
                .filter(b -> b.manifest().version().equals(manifest.version()) && b.contentHash().equals(hash))
                .findFirst();
        if (cached.isPresent()) {
            LOG.debug("Pack {} {} unchanged ({}), reusing its build", manifest.id(), manifest.version(), hash);
            return info(cached.get(), Duration.ofNanos(System.nanoTime() - start));
        }
        CompiledPack built = PackCompiler.compile(chain, calendars, memoize);
        CompiledPack replaced = null;
        synchronized (writeLock) {
            Map<String, List<CompiledPack>> old = builds.get();
            Map<String, List<CompiledPack>> next = new HashMap<>(old);
            List<CompiledPack> versions = new ArrayList<>(old.getOrDefault(manifest.id(), List.of()));
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).manifest().version().equals(manifest.version())) {
                    replaced = versions.remove(i);
                    break;
                }
            }
            for (CompiledPack other : versions) {
                PackProblem overlap = overlap(chain.get(chain.size() - 1), other.manifest());
                if (overlap != null) {
                    PackCompiler.forget(built);
                    built.dispose();
                    throw new RulePackException(List.of(overlap));
                }
            }
            versions.add(built);
            versions.sort(Comparator.comparing((CompiledPack b) -> b.manifest().effectiveFrom()));
            next.put(manifest.id(), List.copyOf(versions));
            builds.set(Map.copyOf(next));
        }
        if (replaced != null) {
            // running evaluations keep their reference to the old build; only Drools' repository forgets it
            PackCompiler.forget(replaced);
            LOG.info("Reloaded pack {} {}: {} -> {}", manifest.id(), manifest.version(),
                    replaced.contentHash().substring(0, 12), hash.substring(0, 12));
        } else {
            LOG.info("Loaded pack {} {} ({})", manifest.id(), manifest.version(), hash.substring(0, 12));
        }
        return info(built, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The problem when {@code loading} and the loaded version {@code other} of the same pack would both
     * be in force on some day (ranges {@code [effectiveFrom, effectiveUntil)} that meet), else null:
     * which of the two decided would depend on the order they were loaded in.
     */
    private static PackProblem overlap(PackSource loading, PackManifest other) {
        PackManifest m = loading.manifest();
        boolean meets = (other.effectiveUntil() == null || m.effectiveFrom().isBefore(other.effectiveUntil()))
                && (m.effectiveUntil() == null || other.effectiveFrom().isBefore(m.effectiveUntil()));
        if (!meets) {
            return null;
        }
        LocalDate from = m.effectiveFrom().isAfter(other.effectiveFrom()) ? m.effectiveFrom() : other.effectiveFrom();
        LocalDate until = m.effectiveUntil() == null ? other.effectiveUntil()
                : other.effectiveUntil() == null || m.effectiveUntil().isBefore(other.effectiveUntil()) ? m.effectiveUntil()
                : other.effectiveUntil();
        int[] at = PackReader.manifestDoc(loading.manifestFile()).valueAt(List.of("effectiveFrom"));
        return new PackProblem(m.id(), loading.manifestFile().display(), at[0], at[1], "version " + m.version() + " "
                + range(m) + " overlaps version " + other.version() + " " + range(other) + ", which is loaded: both would be"
                + " in force from " + from + (until == null ? " on" : " until " + until + " (exclusive)")
                + "; end the earlier version with effectiveUntil: the day the later one starts");
    }

    private static String range(PackManifest m) {
        return "[" + m.effectiveFrom() + ", " + (m.effectiveUntil() == null ? "open" : m.effectiveUntil()) + ")";
    }

    private static PackInfo info(CompiledPack b, Duration took) {
        List<PackRule> rules = new ArrayList<>();
        for (RuleInfo r : b.rules().values()) {
            rules.add(new PackRule(r.packId(), r.name(), r.file(), r.line(), r.legalBasis()));
        }
        rules.sort(Comparator.comparing(PackRule::file).thenComparingInt(PackRule::line));
        List<KindDeclaration> kinds = new ArrayList<>(new java.util.LinkedHashSet<>(b.kinds().values()));
        kinds.sort(Comparator.comparingInt(KindDeclaration::precedence));
        return new PackInfo(b.manifest(), b.chain().stream().map(PackSource::id).toList(), b.contentHash(), kinds,
                rules, took);
    }

    private List<CompiledPack> versions(String id) {
        return builds.get().getOrDefault(id, List.of());
    }

    /** The ids of the loaded packs. */
    public Set<String> packIds() {
        return new TreeSet<>(builds.get().keySet());
    }

    /** The loaded versions of pack {@code id}, by effective date (empty if none). */
    public List<PackInfo> versionsOf(String id) {
        Objects.requireNonNull(id, "id");
        return versions(id).stream().map(b -> info(b, Duration.ofNanos(b.buildNanos()))).toList();
    }

    /**
     * The version of pack {@code id} in force on {@code date}.
     *
     * @throws RulePackException if the pack is not loaded or no version is in force on that date
     */
    public PackInfo packInForce(String id, LocalDate date) {
        CompiledPack b = inForce(id, date);
        return info(b, Duration.ofNanos(b.buildNanos()));
    }

    /** The build of pack {@code id} in force on {@code date}; for the library's own tools and benchmarks. */
    CompiledPack inForce(String id, LocalDate date) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Map<String, List<CompiledPack>> snapshot = builds.get();
        List<CompiledPack> versions = snapshot.get(id);
        if (versions == null || versions.isEmpty()) {
            throw new RulePackException(List.of(new PackProblem(id, id, 0, 0, "pack '" + id
                    + "' is not loaded (loaded: " + new TreeSet<>(snapshot.keySet()) + ")")));
        }
        CompiledPack best = null;
        for (CompiledPack b : versions) {
            if (b.manifest().isInForceOn(date)
                    && (best == null || !b.manifest().effectiveFrom().isBefore(best.manifest().effectiveFrom()))) {
                best = b;
            }
        }
        if (best == null) {
            List<String> ranges = versions.stream().map(b -> b.manifest().version() + " [" + b.manifest().effectiveFrom()
                    + ", " + (b.manifest().effectiveUntil() == null ? "open" : b.manifest().effectiveUntil()) + ")").toList();
            throw new RulePackException(List.of(new PackProblem(id, versions.get(0).chain()
                    .get(versions.get(0).chain().size() - 1).manifestFile().display(), 0, 0,
                    "no version of pack '" + id + "' is in force on " + date + " (versions: " + ranges + ")")));
        }
        return best;
    }

    /**
     * Checks one case against the version of pack {@code packId} in force on {@code on} (the decision
     * date): completeness and the one-time notice, classification, due dates and the decision receipt.
     *
     * @param packId the pack id
     * @param input  the case, item and materials, in terms of the fact model
     * @param on     the decision date; also selects the pack version
     * @return the evaluation
     * @throws RulePackException       if the pack is not loaded or no version is in force on {@code on}
     * @throws RuleEvaluationException if a rule fails at run time (names the rule and the case; no partial evaluation)
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a due date falls outside the calendar's data
     * @throws IllegalArgumentException if {@code on} is before the materials were received
     */
    public Evaluation evaluate(String packId, CaseInput input, LocalDate on) {
        Objects.requireNonNull(input, "input");
        return inForce(packId, on).evaluate(input, on);
    }

    /**
     * Checks a gov-core case (办件) against the version of pack {@code packId} in force on {@code on}; its
     * item (code and version) is looked up in {@code catalog}. The call behind {@code gov check}.
     *
     * @param packId  the pack id
     * @param aCase   the case, e.g. read with {@code CaseIo.read(path)}
     * @param catalog the catalog holding the case's item version, e.g. {@code Catalogs.example()}
     * @param on      the decision date
     * @return the evaluation; {@link Evaluation#toJson()} serializes it
     * @throws RulePackException       if the pack is not loaded or no version is in force on {@code on}
     * @throws RuleEvaluationException if a rule fails at run time
     * @throws IllegalArgumentException if the case has no day of receipt, submits a material its item does not
     *                                  list, or {@code on} is before receipt
     * @throws io.github.govrules.core.catalog.UnknownItemException if the catalog lacks the case's item version
     */
    public Evaluation check(String packId, io.github.govrules.core.cases.Case aCase,
                         io.github.govrules.core.catalog.Catalog catalog, LocalDate on) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(on, "on");
        return evaluate(packId, CaseInputs.from(aCase, catalog), on);
    }

    /**
     * As {@link #check(String, io.github.govrules.core.cases.Case, io.github.govrules.core.catalog.Catalog, LocalDate)},
     * decided on the day the case's materials were received.
     */
    public Evaluation check(String packId, io.github.govrules.core.cases.Case aCase,
                         io.github.govrules.core.catalog.Catalog catalog) {
        Objects.requireNonNull(aCase, "aCase");
        return check(packId, aCase, catalog, CaseInputs.receivedOn(aCase));
    }

    /**
     * Validates the pack in {@code packDir} (manifest, DRL, legal bases, fact types and fields, kinds)
     * and, when it builds, runs its scenarios. Uses the standard calendars.
     *
     * @param packDir the pack folder
     * @return the report; {@link LintReport#isClean()} when there is no problem and every scenario passes
     */
    public static LintReport lint(Path packDir) {
        return Linter.lint(packDir, Calendars.standard());
    }

    /**
     * Validates a pack bundled with the library (one of {@link #BUNDLED}, e.g. {@code "cn-sc"}) and runs
     * its scenarios, as {@link #lint(Path)} does for a folder. Uses the standard calendars.
     *
     * @param id the bundled pack's id
     * @return the report, named by the id; an unknown id is reported as a problem of the report
     * @throws NullPointerException if {@code id} is null
     * @since 0.1.0
     */
    public static LintReport lintBundled(String id) {
        Objects.requireNonNull(id, "id");
        ClassLoader loader = RuleEngine.class.getClassLoader();
        PackSource source;
        List<PackSource> chain;
        try {
            source = PackReader.fromClasspath(id, loader);
            chain = Chains.resolve(source, loader);
        } catch (RulePackException e) {
            return new LintReport(id, e.problems(), List.of());
        }
        return Linter.lint(id, source, chain, Calendars.standard());
    }

    /** Releases every build. Call only when no evaluation is running. */
    @Override
    public void close() {
        Map<String, List<CompiledPack>> old;
        synchronized (writeLock) {
            old = builds.getAndSet(Map.of());
        }
        for (List<CompiledPack> versions : old.values()) {
            for (CompiledPack b : versions) {
                PackCompiler.forget(b);
                b.dispose();
            }
        }
    }
}
