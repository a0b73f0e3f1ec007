package io.github.govrules.rules.internal;

import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stateful sessions of one built pack, kept between cases per item: each already holds the facts that
 * do not change from case to case of that item (its {@link RequiredMaterial}s and, where the rules
 * allow, its {@link ItemFact}) and the network memory they built. A case inserts only its own facts,
 * fires, and then its case (and item) fact and every fact a rule inserted are deleted again, so that
 * the session is back in its pre-loaded state (checked by the fact count; a session that fails the
 * check, or whose evaluation threw or hit the firing limit, is disposed, never reused). Where the
 * rules allow it ({@link #reuse}), a case's {@link SubmittedMaterial}s stay for the next
 * case of the item, which deletes and inserts only past the longest common prefix of the two lists
 * ({@link Lease#submit}), so working memory holds them in the order a fresh session would.
 *
 * <p>This gives the same outcome as a fresh session only if no rule can match kept facts alone:
 * a rule whose match held only kept facts would fire for the first case and never again. So
 * {@link #reuse} requires every rule to have a positive pattern (directly in its top-level {@code and},
 * read from working memory) of a type no pre-loaded fact belongs to, and that no rule uses agenda
 * groups, rule-flow groups, timers, calendars or lock-on-active. A build that fails this for the item
 * and its materials is tried with materials only, then with nothing pre-loaded (a warm session that
 * still skips the per-session set-up); a build whose rules fail even that gets no sessions here (the
 * caller then uses a fresh session per case).
 *
 * <p>An item may have several kept sessions, each holding the submissions of the last case it
 * decided; a case takes the idle session that already holds its submissions, or opens another while
 * the item has fewer than {@code perItem} ({@link #choose}), so the usual ways of handing in an item's
 * materials each keep a session.
 *
 * <p>Bounded: at most {@value #MAX_ITEMS} items (least recently used evicted) and {@code perItem}
 * idle sessions per item; evicted and surplus sessions are disposed. Thread-safe: a session is used by
 * one thread at a time, handed over under this object's lock.
 */
final class PreloadedSessions {

    private static final Logger LOG = LoggerFactory.getLogger(PreloadedSessions.class);

    /** At most this many items keep sessions. */
    static final int MAX_ITEMS = 64;

    /** What a kept session holds between cases. */
    enum Plan {
        /** The item fact and its required materials. */
        ITEM_AND_MATERIALS,
        /** The required materials; the item fact is inserted per case. */
        MATERIALS,
        /** Nothing: every fact is inserted per case, but the session and its memory are reused. */
        NOTHING
    }

    /**
     * Selects the sessions of an item by equality: the item fact (null unless pre-loaded) and the
     * materials (pre-loaded unless the plan is {@link Plan#NOTHING}). The objects of the first key
     * seen are the ones inserted.
     */
    record Key(ItemFact item, List<RequiredMaterial> materials) {

        /**
         * Hashes the item's code and version and the materials' codes only (strings that cache their
         * hash), not every value as a record would: lookups compare keys in full with {@link #equals}.
         */
        @Override
        public int hashCode() {
            int h = item == null ? 0 : item.code().hashCode() * 31 + item.version().hashCode();
            for (int i = 0; i < materials.size(); i++) {
                h = h * 31 + materials.get(i).code().hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(item, k.item) && materials.equals(k.materials);
        }
    }

    /** The data shared by the sessions of one key. */
    static final class Entry {
        final Key key;
        final MaterialIndex index;
        /** The descriptions of the pre-loaded facts, by identity (read-only once built). */
        final Map<Object, String> descriptions;
        final ArrayDeque<Lease> idle = new ArrayDeque<>();
        /** The sessions of this key that are open, idle or lent (guarded by the sessions' lock). */
        int open;
        boolean evicted;

        Entry(Key key, List<RequiredMaterial> materials, ItemFact item) {
            this.key = key;
            this.index = new MaterialIndex(materials);
            Map<Object, String> d = new IdentityHashMap<>();
            for (RequiredMaterial m : materials) {
                d.put(m, Recorder.describe(m));
            }
            if (item != null) {
                d.put(item, Recorder.describe(item));
            }
            this.descriptions = Collections.unmodifiableMap(d);
        }

        /** {@link Recorder#describe}, from the pre-loaded facts' descriptions or the last item's when it is an equal item. */
        String describe(Object o) {
            String known = descriptions.get(o);
            if (known != null) {
                return known;
            }
            Described last = lastItem;
            if (last != null && (last.fact() == o || o instanceof ItemFact && last.fact().equals(o))) {
                return last.text();
            }
            String text = Recorder.describe(o);
            if (o instanceof ItemFact) {
                lastItem = new Described(o, text);
            }
            return text;
        }

        /** The last item fact described, with its description (replaced whole, so safe to share). */
        private volatile Described lastItem;
    }

    private record Described(Object fact, String text) {
    }

    /** One kept session, lent to one evaluation at a time. */
    static final class Lease {
        final Entry entry;
        final KieSession session;
        final SwapListener listener = new SwapListener();
        final List<FactHandle> caseHandles = new ArrayList<>();
        final long baseCount;
        /** The submitted materials left in the session by the last case (when they may stay), in insertion order. */
        final List<SubmittedMaterial> keptSubmitted = new ArrayList<>();
        final List<FactHandle> keptSubmittedHandles = new ArrayList<>();
        /** The receipt's line on the kept submissions, once written; null after they change. */
        private String keptDescription;

        Lease(Entry entry, KieSession session, long baseCount) {
            this.entry = entry;
            this.session = session;
            this.baseCount = baseCount;
        }

        /**
         * Deletes the case's facts (but the submissions that may stay) and every fact the rules
         * inserted; true when the session holds exactly its pre-loaded facts and kept submissions again.
         */
        boolean restore() {
            listener.recorder = null;
            // the case fact first: every partial match hangs off it, so its deletion drops them in one go
            for (int i = 0; i < caseHandles.size(); i++) {
                session.delete(caseHandles.get(i));
            }
            caseHandles.clear();
            // then what the rules inserted, unless a rule or a logical retraction has deleted it already
            List<FactHandle> inserted = listener.ruleInserted;
            for (int i = 0; i < inserted.size(); i++) {
                FactHandle h = inserted.get(i);
                if (((InternalFactHandle) h).isValid()) {
                    session.delete(h);
                }
            }
            inserted.clear();
            long count = 0;
            for (EntryPoint ep : session.getEntryPoints()) {
                count += ep.getFactCount();
            }
            return count == baseCount + keptSubmitted.size();
        }

        /** The receipt's line on the submissions this session keeps ({@link Recorder#submitted}), written once per change. */
        String submittedDescription() {
            String d = keptDescription;
            if (d == null) {
                d = Recorder.submitted(keptSubmitted);
                keptDescription = d;
            }
            return d;
        }

        /** How many of {@code submitted}, from the first, equal the submissions this session keeps. */
        int commonPrefix(List<SubmittedMaterial> submitted) {
            int common = 0;
            int max = Math.min(submitted.size(), keptSubmitted.size());
            while (common < max && keptSubmitted.get(common).equals(submitted.get(common))) {
                common++;
            }
            return common;
        }

        /**
         * Makes the session's submitted materials those of {@code submitted}, in that order: the
         * longest common prefix with what the last case left stays (equal values), the rest of the
         * old ones is deleted and the rest of the new ones inserted, so the working memory holds them
         * in the order a fresh session would.
         */
        void submit(List<SubmittedMaterial> submitted) {
            int common = commonPrefix(submitted);
            if (common < keptSubmitted.size() || common < submitted.size()) {
                keptDescription = null;
            }
            for (int i = keptSubmitted.size() - 1; i >= common; i--) {
                session.delete(keptSubmittedHandles.remove(i));
                keptSubmitted.remove(i);
            }
            for (int i = common; i < submitted.size(); i++) {
                SubmittedMaterial s = submitted.get(i);
                keptSubmittedHandles.add(session.insert(s));
                keptSubmitted.add(s);
            }
        }
    }

    /**
     * Sends the session's events to the current evaluation's recorder, if any, and keeps the handles
     * of the facts rules inserted meanwhile (for {@link Lease#restore}).
     */
    static final class SwapListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        Recorder recorder;
        final List<FactHandle> ruleInserted = new ArrayList<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Recorder r = recorder;
            if (r != null) {
                r.beforeMatchFired(event);
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Recorder r = recorder;
            if (r != null) {
                r.afterMatchFired(event);
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Recorder r = recorder;
            if (r != null) {
                r.objectInserted(event);
                if (event.getRule() != null) {
                    ruleInserted.add(event.getFactHandle());
                }
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            Recorder r = recorder;
            if (r != null) {
                r.objectUpdated(event);
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Recorder r = recorder;
            if (r != null) {
                r.objectDeleted(event);
            }
        }
    }

    private final KieBase kieBase;
    private final Plan plan;
    private final boolean submissionsStay;
    private final int perItem;
    private final KieSessionConfiguration sessionConf;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            if (size() <= MAX_ITEMS) {
                return false;
            }
            evict(eldest.getValue());
            return true;
        }
    };
    private boolean closed;
    private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();

    PreloadedSessions(KieBase kieBase, Plan plan, boolean submissionsStay, int perItem) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.submissionsStay = submissionsStay;
        this.perItem = perItem;
        this.sessionConf = KieServices.get().newKieSessionConfiguration();
        // a kept session is only ever used by the one thread that holds its lease
        this.sessionConf.setOption(ThreadSafeOption.NO);
    }

    Plan plan() {
        return plan;
    }

    /** Whether the item fact is pre-loaded (else the caller inserts it per case). */
    boolean preloadsItem() {
        return plan == Plan.ITEM_AND_MATERIALS;
    }

    /** Whether a case's submissions stay for the next case (use {@link Lease#submit}; else the caller inserts them per case). */
    boolean submissionsStay() {
        return submissionsStay;
    }

    /** Whether the required materials are pre-loaded (else the caller inserts them per case). */
    boolean preloadsMaterials() {
        return plan != Plan.NOTHING;
    }

    /** A session for the case's item, taken from the pool or built and pre-loaded now. */
    Lease take(CaseInput input) {
        Key key = new Key(preloadsItem() ? input.item() : null, input.materials());
        Entry entry;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the pack's sessions were disposed");
            }
            entry = entries.get(key);
            if (entry == null) {
                entry = new Entry(key, key.materials(), key.item());
                entries.put(key, entry);
            }
            Lease chosen = choose(entry, input.submitted());
            if (chosen != null) {
                entry.idle.remove(chosen);
                return chosen;
            }
            entry.open++;
        }
        try {
            return open(entry);
        } catch (RuntimeException e) {
            retired(entry);
            throw e;
        }
    }

    /**
     * The idle session of {@code entry} to lend for a case handing in {@code submitted}, or null to
     * open another. Where submissions stay, it is the idle session already holding exactly these
     * submissions; failing that, another session is opened while the item has fewer than
     * {@code perItem}, so an item's common ways of handing in materials each get a session that
     * keeps them; once it has that many, the idle session whose kept submissions share the longest
     * prefix with the case's.
     */
    private Lease choose(Entry entry, List<SubmittedMaterial> submitted) {
        if (entry.idle.isEmpty()) {
            return null;
        }
        if (!submissionsStay) {
            return entry.idle.peekFirst();
        }
        Lease best = null;
        int bestCommon = -1;
        for (Lease l : entry.idle) {
            int common = l.commonPrefix(submitted);
            if (common == submitted.size() && common == l.keptSubmitted.size()) {
                return l;
            }
            if (common > bestCommon) {
                best = l;
                bestCommon = common;
            }
        }
        return entry.open < perItem ? null : best;
    }

    private synchronized void retired(Entry entry) {
        entry.open--;
    }

    private Lease open(Entry entry) {
        opened.incrementAndGet();
        KieSession session = kieBase.newKieSession(sessionConf, null);
        try {
            if (entry.key.item() != null) {
                session.insert(entry.key.item());
            }
            if (preloadsMaterials()) {
                for (RequiredMaterial m : entry.key.materials()) {
                    session.insert(m);
                }
            }
            long count = 0;
            for (EntryPoint ep : session.getEntryPoints()) {
                count += ep.getFactCount();
            }
            Lease lease = new Lease(entry, session, count);
            session.addEventListener((AgendaEventListener) lease.listener);
            session.addEventListener((RuleRuntimeEventListener) lease.listener);
            return lease;
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    /** Returns a session in its pre-loaded state to the pool (or disposes it when the pool is full). */
    void release(Lease lease) {
        lease.listener.recorder = null;
        synchronized (this) {
            if (!closed && !lease.entry.evicted && lease.entry.idle.size() < perItem) {
                lease.entry.idle.push(lease);
                return;
            }
            lease.entry.open--;
        }
        dispose(lease);
    }

    /** Disposes a session that must not be reused. */
    void discard(Lease lease) {
        lease.listener.recorder = null;
        retired(lease.entry);
        dispose(lease);
    }

    /** Disposes every kept session; sessions lent out are disposed when they come back. */
    void close() {
        List<Lease> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
                Entry e = it.next();
                e.evicted = true;
                all.addAll(e.idle);
                e.idle.clear();
                it.remove();
            }
        }
        all.forEach(PreloadedSessions::dispose);
    }

    /** The number of sessions opened so far (for tests: a case that leaves its session broken makes the next one open another). */
    long opened() {
        return opened.get();
    }

    /** The number of idle kept sessions (for tests). */
    synchronized int idleSessions() {
        int n = 0;
        for (Entry e : entries.values()) {
            n += e.idle.size();
        }
        return n;
    }

    private void evict(Entry e) {
        e.evicted = true;
        for (Lease l : e.idle) {
            dispose(l);
        }
        e.idle.clear();
    }

    private static void dispose(Lease lease) {
        try {
            lease.session.dispose();
        } catch (RuntimeException e) {
            LOG.debug("Disposing a kept session failed", e);
        }
    }

    /**
     * What sessions of a build keep between cases: the {@link Plan}, and whether a case's submitted
     * materials may stay for the next case of the item.
     */
    record Reuse(Plan plan, boolean submissionsStay) {
    }

    /**
     * What sessions of {@code kieBase} may keep between cases (see the class comment): the first plan,
     * in the order of {@link Plan}, under which no rule can match kept facts alone, and whether the
     * submitted materials may stay on top of it (no rule matches kept facts, submissions included,
     * alone); null when its rules allow no reuse at all.
     */
    static Reuse reuse(KieBase kieBase) {
        List<RuleImpl> rules = reusableRules(kieBase);
        if (rules == null) {
            return null;
        }
        for (Plan plan : Plan.values()) {
            Set<Class<?>> kept = keptTypes(plan);
            if (allAnchored(rules, kept)) {
                Set<Class<?>> withSubmissions = new HashSet<>(kept);
                withSubmissions.add(SubmittedMaterial.class);
                return new Reuse(plan, plan != Plan.NOTHING && allAnchored(rules, withSubmissions));
            }
        }
        return null;
    }

    /** The types of the facts a kept session holds under {@code plan} (Drools' initial fact always). */
    private static Set<Class<?>> keptTypes(Plan plan) {
        return switch (plan) {
            case ITEM_AND_MATERIALS -> Set.of(InitialFactImpl.class, ItemFact.class, RequiredMaterial.class);
            case MATERIALS -> Set.of(InitialFactImpl.class, RequiredMaterial.class);
            case NOTHING -> Set.of(InitialFactImpl.class);
        };
    }

    /** The rules that fire (queries left out), or null when one uses a feature that rules out kept sessions. */
    private static List<RuleImpl> reusableRules(KieBase kieBase) {
        List<RuleImpl> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl impl)) {
                    return null;
                }
                if (impl.isQuery()) {
                    continue;
                }
                if (!impl.isMainAgendaGroup() || impl.getTimer() != null || impl.isLockOnActive()
                        || (impl.getCalendars() != null && impl.getCalendars().length > 0)
                        || !(impl.getRuleFlowGroup() == null || impl.getRuleFlowGroup().isEmpty()
                        || impl.getRuleFlowGroup().equals(impl.getAgendaGroup()))) {
                    return null;
                }
                rules.add(impl);
            }
        }
        return rules;
    }

    private static boolean allAnchored(List<RuleImpl> rules, Set<Class<?>> kept) {
        for (RuleImpl r : rules) {
            if (!anchored(r.getLhs(), kept)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every match of {@code lhs} holds a fact of a type none of the kept facts belongs to: a
     * positive working-memory pattern directly in the top-level {@code and}.
     */
    private static boolean anchored(GroupElement lhs, Set<Class<?>> kept) {
        if (lhs == null || !lhs.isAnd()) {
            return false;
        }
        for (RuleConditionElement e : lhs.getChildren()) {
            if (e instanceof Pattern p && p.getSource() == null && p.getObjectType() instanceof ClassObjectType cot) {
                Class<?> type = cot.getClassType();
                boolean matchesKept = false;
                for (Class<?> k : kept) {
                    if (type.isAssignableFrom(k)) {
                        matchesKept = true;
                        break;
                    }
                }
                if (!matchesKept) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Per material list: each code's position and material, built once. */
    static final class MaterialIndex {
        private final Map<String, Integer> position;
        private final Map<String, RequiredMaterial> byCode;

        MaterialIndex(List<RequiredMaterial> materials) {
            Map<String, Integer> pos = new HashMap<>();
            Map<String, RequiredMaterial> by = new HashMap<>();
            for (int i = 0; i < materials.size(); i++) {
                RequiredMaterial m = materials.get(i);
                pos.putIfAbsent(m.code(), i);
                by.put(m.code(), m);
            }
            this.position = pos;
            this.byCode = by;
        }

        /** The position of the first material with this code, or {@link Integer#MAX_VALUE}. */
        int position(String code) {
            Integer i = position.get(code);
            return i == null ? Integer.MAX_VALUE : i;
        }

        /** The last material with this code, or null. */
        RequiredMaterial material(String code) {
            return byCode.get(code);
        }
    }
}
