package io.github.govrules.rules.internal;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.rules.AcceptanceStatus;
import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.KindDeclaration;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.DuePolicy;
import io.github.govrules.rules.Classification;
import io.github.govrules.rules.DecisionReceipt;
import io.github.govrules.rules.DueDate;
import io.github.govrules.rules.FiredRule;
import io.github.govrules.rules.NoticeItem;
import io.github.govrules.rules.OneTimeNotice;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.PackManifest;
import io.github.govrules.rules.RuleEvaluationException;
import io.github.govrules.rules.fact.CaseFact;
import io.github.govrules.rules.fact.DeemedAcceptance;
import io.github.govrules.rules.fact.KindCandidate;
import io.github.govrules.rules.fact.MaterialFinding;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.rules.fact.ToleratedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One built pack version: its Drools knowledge base (shared, thread-safe), a pool of sessions, the
 * effective kinds and the rule index. Evaluation is thread-safe.
 */
public final class CompiledPack {

    /** At most this many rule firings per case; more means a rule loops. */
    static final int MAX_FIRINGS = 10_000;

    /**
     * At most this many facts inserted by rules per case; more means a rule loops. Each inserted fact
     * costs the joins on it, and rules that join findings with findings (cn-sc's tolerated-missing
     * rule) grow with the square of their number: 10,000 of them (the firing limit) took gigabytes.
     * The bundled rules insert at most one fact per material and problem, per submission, per kind
     * and for a deemed acceptance — at most 5 in their scenarios, about 6 per material and form in
     * any case — so 1,000 leaves room for items with 150 materials. Checked on each insert by the
     * evaluation's recorder (an increment and a comparison).
     */
    static final int MAX_INSERTED = 1_000;

    static final String ART_32 = "行政许可法 第三十二条";
    static final String ART_34 = "行政许可法 第三十四条";
    static final String ART_42 = "行政许可法 第四十二条";
    static final String ART_42_JOINT = "行政许可法 第四十二条第二款";
    static final String ART_43 = "行政许可法 第四十三条";
    static final String ART_45 = "行政许可法 第四十五条";
    static final String PROMISE = "限时办结制 承诺时限";
    static final String ANSWER = "限时办结制 控制件明确答复；行政许可法 第三十八条";

    private final List<PackSource> chain;
    private final PackManifest manifest;
    private final Map<String, KindDeclaration> kinds;
    private final Map<String, RuleInfo> rules;
    private final String contentHash;
    private final KieContainer container;
    private final KieBase kieBase;
    private final ReleaseId releaseId;
    private final KieSessionsPool pool;
    private final DueDates dueDates;
    private final long buildNanos;
    private final DecisionMemo memo;
    /** Each rule of the knowledge base, by identity, with its pack and legal basis resolved once per build. */
    private final Map<Rule, FiredRule> firedByRule;
    /** Sessions kept per item between cases, or null when the rules allow no reuse (see {@link PreloadedSessions}). */
    private final PreloadedSessions sessions;
    /** Whether the receipt's case line names the case number: only when some rule reads it. */
    private final boolean receiptNamesCase;
    /** The receipt's wording of this version after the decision date, e.g. {@code " (pack cn 2025.1 in force from 2020-01-01)"}. */
    private final String packInForce;

    /**
     * Kept sessions per item (at least; as many as processors where there are more): one for each of
     * an item's usual ways of handing in its materials.
     */
    static final int SESSIONS_PER_ITEM = 4;

    CompiledPack(List<PackSource> chain, Map<String, KindDeclaration> kinds, Map<String, RuleInfo> rules, String contentHash,
                 KieContainer container, ReleaseId releaseId, DueDates dueDates, long buildNanos, DecisionMemo memo,
                 boolean rulesReadCaseNumber) {
        this.chain = List.copyOf(chain);
        this.manifest = chain.get(chain.size() - 1).manifest();
        this.kinds = Map.copyOf(kinds);
        this.rules = Map.copyOf(rules);
        this.contentHash = contentHash;
        this.container = container;
        this.kieBase = container.getKieBase();
        this.releaseId = releaseId;
        this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.dueDates = dueDates;
        this.buildNanos = buildNanos;
        this.memo = memo;
        this.receiptNamesCase = rulesReadCaseNumber;
        Map<Rule, FiredRule> byRule = new IdentityHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                byRule.put(r, new FiredRule(resolvePackOf(r), r.getName(), resolveLegalBasisOf(r)));
            }
        }
        this.firedByRule = byRule;
        this.packInForce = " (pack " + manifest.id() + " " + manifest.version() + " in force from "
                + manifest.effectiveFrom() + ")";
        PreloadedSessions.Reuse reuse = PreloadedSessions.reuse(kieBase);
        this.sessions = reuse == null ? null
                : new PreloadedSessions(kieBase, reuse.plan(), reuse.submissionsStay(),
                Math.max(SESSIONS_PER_ITEM, Runtime.getRuntime().availableProcessors()));
    }

    /** What the engine's kept sessions hold between cases, or null when it uses a fresh session per case. */
    public String sessionReuse() {
        return sessions == null ? null
                : sessions.plan().name() + (sessions.submissionsStay() ? "+SUBMISSIONS" : "");
    }

    /**
     * How many kept sessions this build has opened so far, or 0 when it keeps none (for tests and
     * diagnostics: with kept sessions working, cases of one item on one thread open one).
     */
    public long keptSessionsOpened() {
        return sessions == null ? 0 : sessions.opened();
    }

    /** Whether this build memoizes decisions (see {@link DecisionMemo}); false when its rules make that unsafe. */
    public boolean memoizes() {
        return memo != null;
    }

    /** The manifest of this version. */
    public PackManifest manifest() {
        return manifest;
    }

    /** The packs this build layers, base first. */
    public List<PackSource> chain() {
        return chain;
    }

    /** The effective kinds, by code. */
    public Map<String, KindDeclaration> kinds() {
        return kinds;
    }

    /** Every rule, by package/name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** The SHA-256 of the manifests and DRL files of the chain. */
    public String contentHash() {
        return contentHash;
    }

    /** The Drools release id of this build. */
    public ReleaseId releaseId() {
        return releaseId;
    }

    /** The knowledge base (thread-safe). */
    public KieBase kieBase() {
        return kieBase;
    }

    /** How long the build took, in nanoseconds. */
    public long buildNanos() {
        return buildNanos;
    }

    /** Releases the kept sessions, the session pool and the container. */
    public void dispose() {
        if (sessions != null) {
            sessions.close();
        }
        pool.shutdown();
        container.dispose();
    }

    /** Builds the case fact the rules see. */
    public CaseFact caseFact(CaseInput input, LocalDate on) {
        LocalDate noticeDeadline = dueDates.noticeDeadline(input.receivedOn());
        return new CaseFact(input.caseNumber(), input.item().code(), input.situations(), input.applicant(),
                input.submitted(), input.receivedOn(), on, noticeDeadline);
    }

    /**
     * Evaluates one case with a pooled session (the engine's path).
     *
     * @throws RuleEvaluationException naming the rule and the case when a rule fails
     */
    public Evaluation evaluate(CaseInput input, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (memo == null) {
            return run(input, caseFact(input, on));
        }
        DecisionMemo.Key key = memo.key(input, on);
        DecisionMemo.Remembered remembered = memo.get(key);
        if (remembered != null) {
            return remembered.forCase(input.caseNumber());
        }
        Evaluation evaluation = run(input, caseFact(input, on));
        memo.put(key, new DecisionMemo.Remembered(evaluation));
        return evaluation;
    }

    /**
     * Evaluates one case with a pooled session, never using the decision memo.
     *
     * @throws RuleEvaluationException naming the rule and the case when a rule fails
     */
    public Evaluation evaluateUncached(CaseInput input, LocalDate on) {
        return run(input, caseFact(input, on));
    }

    private Evaluation run(CaseInput input, CaseFact caseFact) {
        Run r = execute(input, caseFact);
        return assemble(input, caseFact, r.recorder(), r.index(), r.submittedText());
    }

    private Run execute(CaseInput input, CaseFact caseFact) {
        return sessions != null ? runPreloaded(input, caseFact) : new Run(runFresh(input, caseFact), null, null);
    }

    /**
     * What one run of the rules decided, with what evaluation assembly needs that depends only on the
     * facts: the item's material index and the receipt's line on the submissions (each null where
     * the run had none at hand; assembly then builds them from the case).
     */
    private record Run(Recorder recorder, PreloadedSessions.MaterialIndex index, String submittedText) {
    }

    /** Runs the case in a kept session of its item (see {@link PreloadedSessions}). */
    private Run runPreloaded(CaseInput input, CaseFact caseFact) {
        PreloadedSessions.Lease lease = sessions.take(input);
        Recorder recorder = new Recorder();
        String submittedText = null;
        boolean fired = false;
        try {
            KieSession session = lease.session;
            lease.listener.recorder = recorder;
            List<org.kie.api.runtime.rule.FactHandle> handles = lease.caseHandles;
            handles.add(session.insert(caseFact));
            if (!sessions.preloadsItem()) {
                handles.add(session.insert(input.item()));
            }
            if (!sessions.preloadsMaterials()) {
                for (RequiredMaterial m : input.materials()) {
                    handles.add(session.insert(m));
                }
            }
            if (sessions.submissionsStay()) {
                lease.submit(input.submitted());
                submittedText = lease.submittedDescription();
            } else {
                for (SubmittedMaterial s : input.submitted()) {
                    handles.add(session.insert(s));
                }
            }
            fire(session, caseFact, recorder);
            fired = true;
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e, caseFact, recorder);
        } finally {
            lease.listener.recorder = null;
            if (!fired) {
                sessions.discard(lease);
            }
        }
        boolean restored = false;
        try {
            restored = lease.restore();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CompiledPack.class).debug("A kept session could not be restored", e);
        }
        if (restored) {
            sessions.release(lease);
        } else {
            sessions.discard(lease);
        }
        PreloadedSessions.Entry entry = lease.entry;
        return new Run(recorder.done(o -> entry.describe(o)), entry.index, submittedText);
    }

    /** Runs the case in a fresh session from the pool. */
    private Recorder runFresh(CaseInput input, CaseFact caseFact) {
        Recorder recorder = new Recorder();
        KieSession session = pool.newKieSession();
        boolean fired = false;
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            session.insert(caseFact);
            session.insert(input.item());
            for (RequiredMaterial m : input.materials()) {
                session.insert(m);
            }
            for (SubmittedMaterial s : input.submitted()) {
                session.insert(s);
            }
            fire(session, caseFact, recorder);
            fired = true;
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e, caseFact, recorder);
        } finally {
            session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            if (fired) {
                session.dispose(); // back to the pool, reset
            } else {
                session.destroy(); // a run that failed part-way: never back to the pool
            }
        }
        return recorder.done();
    }

    /**
     * Evaluates one case with a new {@link StatelessKieSession} (the naive baseline of the benchmark):
     * same rules, same evaluation, no pooling.
     */
    public Evaluation evaluateStateless(CaseInput input, LocalDate on) {
        CaseFact caseFact = caseFact(input, on);
        Recorder recorder = new Recorder();
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        List<Object> facts = new ArrayList<>();
        facts.add(caseFact);
        facts.add(input.item());
        facts.addAll(input.materials());
        facts.addAll(input.submitted());
        try {
            session.execute(facts);
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e, caseFact, recorder);
        }
        return assemble(input, caseFact, recorder.done(), null, null);
    }

    /** Fires the session's rules for the case, at most {@link #MAX_FIRINGS} times. */
    private void fire(KieSession session, CaseFact caseFact, Recorder recorder) {
        int n = session.fireAllRules(MAX_FIRINGS + 1);
        if (n > MAX_FIRINGS) {
            throw failure(caseFact, recorder, "rules fired more than " + MAX_FIRINGS + " times for one case: the rule"
                    + " loops (it fired last)", null);
        }
    }

    /** A failure while the rules ran, as a {@link RuleEvaluationException} naming the rule and the case. */
    private RuleEvaluationException translate(Throwable e, CaseFact caseFact, Recorder recorder) {
        if (e instanceof StackOverflowError) {
            // a rule's code (a function of the pack) that recursed without end; its session is not reused
            return failure(caseFact, recorder, "its code recursed without end (StackOverflowError)", e);
        }
        if (e instanceof RuleEvaluationException known) {
            return known;
        }
        Recorder.TooManyFacts tooMany = tooManyFacts(e);
        if (tooMany != null) {
            return new RuleEvaluationException(manifest.id(), manifest.version(), tooMany.rule().getName(),
                    caseFact.caseNumber(), loops(tooMany), null);
        }
        if (e instanceof ConsequenceException c) {
            return new RuleEvaluationException(manifest.id(), manifest.version(), c.getMatch().getRule().getName(),
                    caseFact.caseNumber(), "its consequence threw " + rootMessage(c), c);
        }
        return failure(caseFact, recorder, "matching threw " + rootMessage(e), e);
    }

    /** The {@link Recorder.TooManyFacts} behind {@code e} (Drools wraps it in a consequence exception), or null. */
    static Recorder.TooManyFacts tooManyFacts(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof Recorder.TooManyFacts f) {
                return f;
            }
        }
        return null;
    }

    /** What a rule that inserted too many facts does, in one sentence. */
    static String loops(Recorder.TooManyFacts f) {
        return "the rule loops: rules inserted more than " + MAX_INSERTED + " facts for one case, the last by this"
                + " rule (a rule whose insert matches its own conditions again fires for ever; guard it with a not)";
    }

    private RuleEvaluationException failure(CaseFact c, Recorder r, String detail, Throwable cause) {
        String rule = r.current != null ? r.current.getName()
                : r.fired.isEmpty() ? "(while matching, before any rule fired)" : r.fired.get(r.fired.size() - 1).getName();
        return new RuleEvaluationException(manifest.id(), manifest.version(), rule, c.caseNumber(), detail, cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private String legalBasisOf(Rule rule) {
        if (rule == null) {
            return "";
        }
        FiredRule known = firedByRule.get(rule);
        return known != null ? known.legalBasis() : resolveLegalBasisOf(rule);
    }

    private FiredRule firedRuleOf(Rule rule) {
        FiredRule known = firedByRule.get(rule);
        return known != null ? known : new FiredRule(resolvePackOf(rule), rule.getName(), resolveLegalBasisOf(rule));
    }

    private String resolveLegalBasisOf(Rule rule) {
        RuleInfo info = rules.get(rule.getPackageName() + "/" + rule.getName());
        if (info != null) {
            return info.legalBasis();
        }
        Object v = rule.getMetaData().get(DrlPrecheck.LEGAL_BASIS);
        return v == null ? "" : v.toString();
    }

    private String resolvePackOf(Rule rule) {
        RuleInfo info = rules.get(rule.getPackageName() + "/" + rule.getName());
        return info == null ? manifest.id() : info.packId();
    }

    /**
     * Builds the evaluation from what the rules did. {@code index} is the item's material index when a
     * kept session had it, else null (built here). Allocates only what the case needs: most cases have
     * no or few findings.
     */
    private Evaluation assemble(CaseInput input, CaseFact caseFact, Recorder rec, PreloadedSessions.MaterialIndex index,
                             String submittedText) {
        PreloadedSessions.MaterialIndex materials = index != null ? index : new PreloadedSessions.MaterialIndex(input.materials());
        List<MaterialFinding> findings = new ArrayList<>(4);
        Map<String, ToleratedMaterial> tolerated = Map.of();
        List<KindCandidate> candidates = new ArrayList<>(4);
        DeemedAcceptance deemed = null;
        Map<String, Rule> toleratedRule = Map.of();
        // in the order the rules inserted them, so findings that sort alike keep the rules' order
        for (Recorder.Inserted ins : rec.inserted) {
            Object o = ins.fact();
            if (o instanceof MaterialFinding f) {
                findings.add(f);
            } else if (o instanceof ToleratedMaterial t) {
                if (tolerated.isEmpty()) {
                    tolerated = new HashMap<>();
                    toleratedRule = new HashMap<>();
                }
                tolerated.put(t.materialCode(), t);
                toleratedRule.put(t.materialCode(), ins.rule());
            } else if (o instanceof KindCandidate k) {
                candidates.add(k);
            } else if (o instanceof DeemedAcceptance d) {
                deemed = d;
            }
        }
        if (findings.size() > 1) {
            sortFindings(findings, tolerated, materials);
        }

        boolean blocking = false;
        LocalDate on = caseFact.decisionDate();
        AcceptanceStatus status;
        LocalDate acceptedOn;
        boolean anyBlocking = false;
        for (MaterialFinding f : findings) {
            if (!tolerated.containsKey(f.materialCode())) {
                anyBlocking = true;
                break;
            }
        }
        if (deemed != null && !findings.isEmpty()) {
            status = AcceptanceStatus.DEEMED_ACCEPTED;
            acceptedOn = deemed.acceptedOn();
        } else if (anyBlocking) {
            status = AcceptanceStatus.CORRECTION_REQUIRED;
            acceptedOn = null;
            blocking = true;
        } else if (!tolerated.isEmpty() && !findings.isEmpty()) {
            status = AcceptanceStatus.ACCEPTED_WITH_TOLERATED_GAPS;
            acceptedOn = on;
        } else {
            status = AcceptanceStatus.ACCEPTED;
            acceptedOn = on;
        }

        List<DueDate> due = new ArrayList<>(4);
        List<NoticeItem> items = findings.isEmpty() ? List.of() : new ArrayList<>(findings.size());
        for (MaterialFinding f : findings) {
            ToleratedMaterial t = tolerated.get(f.materialCode());
            LocalDate until = null;
            if (t != null && acceptedOn != null && status == AcceptanceStatus.ACCEPTED_WITH_TOLERATED_GAPS) {
                until = dueDates.due(acceptedOn, t.supplementWithin());
            }
            Rule rule = rec.ruleOf(f);
            RequiredMaterial m = materials.material(f.materialCode());
            if (m == null) {
                throw new RuleEvaluationException(manifest.id(), manifest.version(), rule == null ? "(unknown)"
                        : rule.getName(), caseFact.caseNumber(), "its finding names material '" + f.materialCode()
                        + "', which the item does not require of this case (materials: "
                        + input.materials().stream().map(RequiredMaterial::code).toList()
                        + "): the one-time notice would list it", null);
            }
            String basis = legalBasisOf(rule);
            if (!m.legalBasis().isBlank() && !basis.contains(m.legalBasis())) {
                basis = basis.isBlank() ? m.legalBasis() : basis + "；" + m.legalBasis();
            }
            String reasonZh = f.reasonZh();
            String reasonEn = f.reasonEn();
            if (until != null) {
                reasonZh = reasonZh + t.reasonZh();
                reasonEn = reasonEn + " " + t.reasonEn();
                String tb = legalBasisOf(toleratedRule.get(f.materialCode()));
                if (!tb.isBlank() && !basis.contains(tb)) {
                    basis = basis + "；" + tb;
                }
            }
            items.add(new NoticeItem(f.materialCode(), f.materialName(), f.problem(), reasonZh, reasonEn, basis, until));
        }
        OneTimeNotice notice = new OneTimeNotice(caseFact.caseNumber(), input.item().name(), items,
                caseFact.receivedOn(), caseFact.noticeDeadline());
        if (!notice.isEmpty()) {
            due.add(new DueDate("notice", caseFact.noticeDeadline(), caseFact.receivedOn(), TimeLimit.workingDays(5), ART_32));
        }

        Classification classification = classify(caseFact, candidates);
        KindDeclaration declared = kinds.get(classification.kind().code());
        if (!blocking) {
            addDueDates(due, declared.kind(), input, acceptedOn);
            for (NoticeItem i : items) {
                if (i.isTolerated()) {
                    ToleratedMaterial t = tolerated.get(i.materialCode());
                    due.add(new DueDate("supplement:" + i.materialCode(), i.toleratedUntil(), acceptedOn,
                            t.supplementWithin(), i.legalBasis()));
                }
            }
        }

        Set<String> legalBases = new LinkedHashSet<>();
        FiredRule[] fired = new FiredRule[rec.fired.size()];
        for (int i = 0; i < fired.length; i++) {
            FiredRule f = firedRuleOf(rec.fired.get(i));
            fired[i] = f;
            if (!f.legalBasis().isBlank()) {
                legalBases.add(f.legalBasis());
            }
        }
        if (!declared.legalBasis().isBlank()) {
            legalBases.add(declared.legalBasis());
        }
        for (DueDate d : due) {
            legalBases.add(d.legalBasis());
        }
        List<String> inputs = new ArrayList<>(rec.described.size() + 3);
        inputs.add(Recorder.describeCase(caseFact, receiptNamesCase));
        inputs.add(submittedText != null ? submittedText : Recorder.submitted(input.submitted()));
        inputs.addAll(rec.described);
        inputs.add(decisionDescription(on));
        DecisionReceipt receipt = new DecisionReceipt(manifest.id(), manifest.version(), contentHash, on, List.of(fired),
                List.copyOf(legalBases), inputs);
        return new Evaluation(caseFact.caseNumber(), status, acceptedOn, notice, classification, due, receipt);
    }

    /**
     * Sorts the notice's findings in place, stably: blocking before tolerated, then in the guide's
     * order of materials, then by problem (an insertion sort: a notice has a handful of lines).
     */
    private static void sortFindings(List<MaterialFinding> findings, Map<String, ToleratedMaterial> tolerated,
                                     PreloadedSessions.MaterialIndex materials) {
        int n = findings.size();
        MaterialFinding[] f = findings.toArray(new MaterialFinding[0]);
        long[] rank = new long[n];
        for (int i = 0; i < n; i++) {
            rank[i] = ((tolerated.containsKey(f[i].materialCode()) ? 1L : 0L) << 48)
                    | ((long) materials.position(f[i].materialCode()) << 8) | f[i].problem().ordinal();
        }
        for (int i = 1; i < n; i++) {
            MaterialFinding x = f[i];
            long r = rank[i];
            int j = i - 1;
            while (j >= 0 && rank[j] > r) {
                f[j + 1] = f[j];
                rank[j + 1] = rank[j];
                j--;
            }
            f[j + 1] = x;
            rank[j + 1] = r;
        }
        for (int i = 0; i < n; i++) {
            findings.set(i, f[i]);
        }
    }

    /** The receipt's line on the decision date and the pack in force. */
    private String decisionDescription(LocalDate on) {
        return Recorder.iso(new StringBuilder(64).append("decision date "), on).append(packInForce).toString();
    }

    private Classification classify(CaseFact caseFact, List<KindCandidate> candidates) {
        int n = candidates.size();
        if (n == 0) {
            throw new RuleEvaluationException(manifest.id(), manifest.version(), "(classification)",
                    caseFact.caseNumber(), "no rule classified the case: add a fallback KindCandidate rule", null);
        }
        KindCandidate[] sorted = candidates.toArray(new KindCandidate[0]);
        KindDeclaration[] kindOf = new KindDeclaration[n];
        for (int i = 0; i < n; i++) {
            kindOf[i] = kinds.get(sorted[i].kindCode());
            if (kindOf[i] == null) {
                throw new RuleEvaluationException(manifest.id(), manifest.version(), "(classification)",
                        caseFact.caseNumber(), "a rule inserted undeclared case kind '" + sorted[i].kindCode() + "'", null);
            }
        }
        // a stable insertion sort by precedence, then kind code (a case has a handful of candidates)
        for (int i = 1; i < n; i++) {
            KindCandidate c = sorted[i];
            KindDeclaration k = kindOf[i];
            int j = i - 1;
            while (j >= 0 && (kindOf[j].precedence() > k.precedence() || kindOf[j].precedence() == k.precedence()
                    && sorted[j].kindCode().compareTo(c.kindCode()) > 0)) {
                sorted[j + 1] = sorted[j];
                kindOf[j + 1] = kindOf[j];
                j--;
            }
            sorted[j + 1] = c;
            kindOf[j + 1] = k;
        }
        List<String> codes = new ArrayList<>(n);
        for (KindDeclaration k : kindOf) {
            if (!codes.contains(k.code())) {
                codes.add(k.code());
            }
        }
        KindCandidate winner = sorted[0];
        KindDeclaration kind = kindOf[0];
        return new Classification(kind.kind().nationalType(), kind.kind(), List.copyOf(codes), winner.reasonZh(),
                winner.reasonEn());
    }

    private void addDueDates(List<DueDate> due, CaseKind kind, CaseInput input, LocalDate acceptedOn) {
        TimeLimit statutory = input.item().statutoryLimit();
        TimeLimit promised = input.item().promisedLimit();
        switch (kind.due()) {
            case ON_THE_SPOT -> due.add(new DueDate("decision", dueDates.due(acceptedOn, TimeLimit.onTheSpot()),
                    acceptedOn, TimeLimit.onTheSpot(), ART_34));
            case PROMISED, SPECIAL -> {
                due.add(new DueDate("promised", dueDates.due(acceptedOn, promised), acceptedOn, promised,
                        kind.due() == io.github.govrules.core.item.DuePolicy.SPECIAL ? PROMISE + "；" + ART_45 : PROMISE));
                due.add(new DueDate("statutory", dueDates.due(acceptedOn, statutory), acceptedOn, statutory,
                        kind.due() == io.github.govrules.core.item.DuePolicy.SPECIAL ? ART_42 + "；" + ART_45 : ART_42));
            }
            case JOINT, MAJOR -> {
                TimeLimit joint = TimeLimit.workingDays(45);
                due.add(new DueDate("promised", dueDates.due(acceptedOn, promised), acceptedOn, promised, PROMISE));
                due.add(new DueDate("statutory", dueDates.due(acceptedOn, joint), acceptedOn, joint, ART_42_JOINT));
            }
            case REPORTED_UP -> {
                TimeLimit review = TimeLimit.workingDays(20);
                due.add(new DueDate("lower-level-review", dueDates.due(acceptedOn, review), acceptedOn, review, ART_43));
                due.add(new DueDate("statutory", dueDates.due(acceptedOn, statutory), acceptedOn, statutory, ART_42));
            }
            case REPORTED_UP_AFTER_PROMISE -> {
                TimeLimit review = TimeLimit.workingDays(20);
                due.add(new DueDate("promised", dueDates.due(acceptedOn, promised), acceptedOn, promised, PROMISE));
                due.add(new DueDate("lower-level-review", dueDates.due(acceptedOn, review), acceptedOn, review, ART_43));
            }
            case CONTROLLED -> {
                due.add(new DueDate("answer", dueDates.due(acceptedOn, promised), acceptedOn, promised, ANSWER));
                due.add(new DueDate("statutory", dueDates.due(acceptedOn, statutory), acceptedOn, statutory, ART_42));
            }
            default -> throw new IllegalStateException("Unhandled due policy " + kind.due());
        }
    }

    @Override
    public String toString() {
        return manifest.id() + " " + manifest.version() + " (" + contentHash.substring(0, 12) + ")";
    }
}
