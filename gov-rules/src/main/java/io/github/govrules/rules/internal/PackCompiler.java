package io.github.govrules.rules.internal;

import io.github.govrules.core.internal.Suggestions;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.rules.KindDeclaration;
import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.RulePackException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a pack chain (base first) into a {@link CompiledPack}: pre-checks, then Drools'
 * {@code KieFileSystem} + {@code KieBuilder} with classic DRL (no executable model), each build with
 * its own {@code ReleaseId}. Every error comes back located.
 */
public final class PackCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(PackCompiler.class);
    private static final String GROUP = "io.github.govrules.packs";
    private static final Pattern LINE_COL = Pattern.compile("\\[?Line\\s+(\\d+):(\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private PackCompiler() {
    }

    /**
     * The effective kinds of a chain, by the codes rules may insert: later packs replace kinds of the
     * same code, and a kind that {@code replaces} an inherited code is found under both codes.
     */
    public static Map<String, KindDeclaration> kinds(List<PackSource> chain) {
        Map<String, KindDeclaration> kinds = new LinkedHashMap<>();
        for (PackSource s : chain) {
            for (KindDeclaration k : s.manifest().kinds()) {
                kinds.put(k.code(), k);
                if (!k.replaces().isEmpty()) {
                    kinds.put(k.replaces(), k);
                }
            }
        }
        return kinds;
    }

    /**
     * Each kind's {@code replaces} must name a kind of a pack it extends: a code no base declares
     * would replace nothing, and the rules inserting the inherited kind would go on getting it.
     */
    static List<PackProblem> replacedKinds(List<PackSource> chain) {
        List<PackProblem> problems = new ArrayList<>();
        Set<String> inherited = new java.util.TreeSet<>();
        for (PackSource s : chain) {
            List<KindDeclaration> declared = s.manifest().kinds();
            for (int i = 0; i < declared.size(); i++) {
                KindDeclaration k = declared.get(i);
                if (!k.replaces().isEmpty() && !inherited.contains(k.replaces())) {
                    problems.add(PackReader.manifestDoc(s.manifestFile()).problemAt(List.of("kinds", i, "replaces"),
                            "kind '" + k.code() + "' replaces '" + k.replaces() + "', which no base pack declares"
                                    + Suggestions.didYouMean(k.replaces(), inherited)
                                    + (inherited.isEmpty() ? " (the pack extends no pack with kinds)"
                                    : " (inherited kinds: " + inherited + ")")));
                }
            }
            for (KindDeclaration k : declared) {
                inherited.add(k.code());
            }
        }
        return problems;
    }

    /** The SHA-256 over the manifests and DRL files of the chain, in order. */
    public static String contentHash(List<PackSource> chain) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (PackSource s : chain) {
                update(md, s.manifestFile());
                for (SourceFile f : s.rules()) {
                    update(md, f);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void update(MessageDigest md, SourceFile f) {
        md.update((f.packId() + "/" + f.name() + "\n").getBytes(StandardCharsets.UTF_8));
        md.update(f.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /**
     * Checks only: returns the problems of the chain without building it in Drools when the
     * pre-checks fail, else builds and returns Drools' problems.
     */
    public static List<PackProblem> problems(List<PackSource> chain, Function<String, WorkingDayCalendar> calendars) {
        try {
            compile(chain, calendars).dispose();
            return List.of();
        } catch (RulePackException e) {
            return e.problems();
        }
    }

    /**
     * Builds the chain.
     *
     * @throws RulePackException with every located problem
     */
    public static CompiledPack compile(List<PackSource> chain, Function<String, WorkingDayCalendar> calendars) {
        return compile(chain, calendars, true);
    }

    /**
     * Builds the chain; {@code memoize} enables the decision memo where the rules allow it.
     *
     * @throws RulePackException with every located problem
     */
    public static CompiledPack compile(List<PackSource> chain, Function<String, WorkingDayCalendar> calendars,
                                       boolean memoize) {
        long start = System.nanoTime();
        PackSource top = chain.get(chain.size() - 1);
        Map<String, KindDeclaration> kinds = kinds(chain);
        List<SourceFile> files = new ArrayList<>();
        for (PackSource s : chain) {
            files.addAll(s.rules());
        }
        DrlPrecheck.Result pre = new DrlPrecheck().check(files, kinds.keySet());
        List<PackProblem> problems = new ArrayList<>(replacedKinds(chain));
        problems.addAll(pre.problems());
        WorkingDayCalendar calendar = null;
        try {
            calendar = calendars.apply(top.manifest().calendar());
        } catch (RuntimeException e) {
            problems.add(PackReader.manifestDoc(top.manifestFile()).problemAt(List.of("calendar"),
                    "calendar '" + top.manifest().calendar() + "' cannot be used: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            problems.add(new PackProblem(top.id(), top.manifestFile().display(), 1, 1,
                    "the pack and its bases list no DRL files under 'rules'"));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }

        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId(GROUP, top.id(),
                top.manifest().version().replaceAll("[^A-Za-z0-9.]", "_") + "-" + UUID.randomUUID());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        for (SourceFile f : files) {
            String path = resourcePath(f, byPath.keySet());
            byPath.put(path, f);
            kfs.write(path, f.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (Message m : errors) {
                PackProblem p = locate(m, byPath, top, pre.rules());
                // Drools reports one bad expression up to three times, as it analyses it whole and in parts
                if (!UNANALYSABLE.matcher(p.message()).find()
                        || seen.add(p.file() + ":" + p.line() + ":" + p.column())) {
                    problems.add(p);
                }
            }
            ks.getRepository().removeKieModule(releaseId);
            throw new RulePackException(problems);
        }
        for (Message m : builder.getResults().getMessages(Message.Level.WARNING)) {
            LOG.warn("Pack {}: {}", top.id(), locate(m, byPath, top, pre.rules()));
        }
        KieContainer container = ks.newKieContainer(releaseId);
        // what Drools compiles only when a fact first reaches it fails here, once, not on every case
        List<PackProblem> selfCheck = BuildCheck.problems(container.getKieBase(), pre.rules(), pre.constraints(), top);
        if (!selfCheck.isEmpty()) {
            container.dispose();
            ks.getRepository().removeKieModule(releaseId);
            throw new RulePackException(selfCheck);
        }
        long nanos = System.nanoTime() - start;
        LOG.debug("Built pack {} {} in {} ms", top.id(), top.manifest().version(), nanos / 1_000_000);
        List<String> drl = files.stream().map(SourceFile::text).toList();
        DecisionMemo memo = memoize ? DecisionMemo.forRules(drl, pre.caseBindings()) : null;
        // the receipt names the case number exactly when the memo keys on it
        boolean readsCaseNumber = memo != null ? memo.keysCaseNumber() : DecisionMemo.readsCaseNumber(drl);
        return new CompiledPack(chain, kinds, pre.rules(), contentHash(chain), container, releaseId,
                new DueDates(calendar), nanos, memo, readsCaseNumber);
    }

    /**
     * Where a DRL file goes in Drools' file system: the folder of its package, then the pack id and
     * the whole path of the file in its pack ({@code a/rules.drl} as {@code a__rules.drl}), so that
     * files of the same name in different folders never overwrite each other; a name already taken
     * gets a number.
     */
    static String resourcePath(SourceFile f, Set<String> taken) {
        Matcher pm = PACKAGE.matcher(f.text());
        String pkgPath = pm.find() ? pm.group(1).replace('.', '/') + "/" : "";
        String name = f.name().replace('\\', '/').replace("/", "__");
        String base = "src/main/resources/" + pkgPath + f.packId() + "__" + name;
        String path = base;
        for (int n = 2; taken.contains(path); n++) {
            path = base.endsWith(".drl") ? base.substring(0, base.length() - 4) + "__" + n + ".drl" : base + "__" + n;
        }
        return path;
    }

    /** Removes a build's module from Drools' repository (it keeps the last ten per artifact otherwise). */
    public static void forget(CompiledPack pack) {
        KieServices.get().getRepository().removeKieModule(pack.releaseId());
    }

    private static final Pattern SYMBOL = Pattern.compile(
            "The method (\\w+)\\(.*?\\) is undefined|(\\w+) cannot be resolved");

    /** The {@code when} that starts a rule's conditions, at the start of a line (a rule's name may say "when"). */
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");

    /**
     * The line and column of the first {@code name} in the body of the rule that starts at
     * {@code ruleLine} (from its {@code when}, so that a word of the rule's name is never taken), or null.
     */
    private static int[] find(String text, int ruleLine, String name) {
        int offset = offsetOfLine(text, ruleLine);
        if (offset < 0) {
            return null;
        }
        int nextLine = text.indexOf('\n', offset);
        offset = nextLine < 0 ? text.length() : nextLine + 1;
        Matcher when = WHEN.matcher(text);
        if (when.find(offset)) {
            offset = when.end();
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        if (!m.find(offset)) {
            return null;
        }
        return DrlPrecheck.lineColumn(text, m.start());
    }

    private static final Pattern RULE_NAME = Pattern.compile("Rule name='(.+?)'\\]");

    /** An MVEL analysis error (Drools gives no line for it) and the expression it names. */
    private static final Pattern UNANALYSABLE = Pattern.compile(
            "Unable to Analyse Expression (.+?): \\[|Unable to analyze expression '(.+?)'");

    /** The offset of the start of {@code line} (1-based) in {@code text}: 0 for line 0 or less, -1 past the end. */
    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return -1;
            }
            offset = next + 1;
        }
        return offset;
    }

    private static PackProblem locate(Message m, Map<String, SourceFile> byPath, PackSource top,
                                      Map<String, RuleInfo> rules) {
        SourceFile file = null;
        String path = m.getPath();
        if (path != null) {
            for (Map.Entry<String, SourceFile> e : byPath.entrySet()) {
                if (e.getKey().endsWith(path) || path.endsWith(e.getKey())) {
                    file = e.getValue();
                    break;
                }
            }
        }
        String text = m.getText() == null ? "" : m.getText().replaceAll("\\s+", " ").trim();
        int line = Math.max(0, m.getLine());
        int col = Math.max(0, m.getColumn());
        Matcher lc = LINE_COL.matcher(text);
        if (lc.find()) {
            if (line == 0) {
                line = Integer.parseInt(lc.group(1));
            }
            if (col == 0) {
                col = Integer.parseInt(lc.group(2)) + 1;
            }
        }
        Matcher rn = RULE_NAME.matcher(text);
        if (rn.find()) {
            String ruleName = rn.group(1);
            text = text.substring(0, rn.start()).replaceAll("[\\s:\\[]+$", "").trim();
            text = "rule \"" + ruleName + "\": " + text;
            if (line == 0) {
                for (RuleInfo r : rules.values()) {
                    if (r.name().equals(ruleName) && (file == null || r.file().equals(file.display()))) {
                        line = r.line();
                        col = 1;
                        break;
                    }
                }
            }
        }
        if (!rn.find(0) && file != null && line > 0) {
            for (RuleInfo r : rules.values()) {
                if (r.file().equals(file.display()) && r.line() == line) {
                    text = "rule \"" + r.name() + "\": " + text;
                    col = col == 0 ? 1 : col;
                    // point at the offending name inside the rule when the compiler names it
                    Matcher name = SYMBOL.matcher(text);
                    if (name.find()) {
                        int[] at = find(file.text(), r.line(), name.group(1) != null ? name.group(1) : name.group(2));
                        if (at != null) {
                            line = at[0];
                            col = at[1];
                        }
                    }
                    break;
                }
            }
        }
        if (col == 0 && file != null) {
            // MVEL analysis errors come without a column (sometimes without a line): find the
            // expression they name, from their line on
            Matcher expr = UNANALYSABLE.matcher(text);
            if (expr.find()) {
                String e = expr.group(1) != null ? expr.group(1) : expr.group(2);
                int at = file.text().indexOf(e, Math.max(0, offsetOfLine(file.text(), line)));
                if (at >= 0) {
                    int[] lineCol = DrlPrecheck.lineColumn(file.text(), at);
                    line = lineCol[0];
                    col = lineCol[1];
                    RuleInfo enclosing = null;
                    for (RuleInfo r : rules.values()) {
                        if (r.file().equals(file.display()) && r.line() <= line
                                && (enclosing == null || r.line() > enclosing.line())) {
                            enclosing = r;
                        }
                    }
                    text = text.replaceAll("\\s*\\[Near : \\{.*?\\}\\]", "").replaceAll("\\s*\\^", "")
                            .replaceAll("\\s*\\[Line: \\d+, Column: \\d+\\]", "").trim();
                    if (enclosing != null && !text.startsWith("rule \"")) {
                        text = "rule \"" + enclosing.name() + "\": " + text;
                    }
                }
            }
        }
        if (file == null) {
            return new PackProblem(top.id(), path == null ? top.manifestFile().display() : path, line, col, text);
        }
        return new PackProblem(file.packId(), file.display(), line, col, text);
    }
}
