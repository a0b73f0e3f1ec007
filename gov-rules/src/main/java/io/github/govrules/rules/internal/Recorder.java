package io.github.govrules.rules.internal;

import io.github.govrules.rules.fact.CaseFact;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records one evaluation: the rules fired, the facts rules inserted (and by which rule), the input
 * facts the fired rules matched. One instance per evaluation; not thread-safe.
 */
final class Recorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    final List<Rule> fired = new ArrayList<>();
    /** The facts rules inserted and did not delete, with the rule that inserted each, in insertion order. */
    final List<Inserted> inserted = new ArrayList<>();
    /** The input facts the fired rules matched, in first-match order (identity). */
    final List<Object> inputs = new ArrayList<>();
    private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Rule current;
    /** Descriptions of the matched inputs other than the case, fixed once the evaluation is over. */
    List<String> described = List.of();

    /** Freezes the descriptions; called once, before the recorder is shared. */
    Recorder done() {
        return done(Recorder::describe);
    }

    /**
     * Freezes the descriptions, taking them from {@code describer} (which must answer exactly what
     * {@link #describe} answers, e.g. from a cache); called once, before the recorder is shared.
     */
    Recorder done(java.util.function.Function<Object, String> describer) {
        if (inputs.isEmpty()) {
            described = List.of();
            return this;
        }
        String[] d = new String[inputs.size()];
        int n = 0;
        for (Object o : inputs) {
            if (!(o instanceof CaseFact)) {
                d[n++] = describer.apply(o);
            }
        }
        described = List.of(n == d.length ? d : java.util.Arrays.copyOf(d, n));
        return this;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch().getRule();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule());
        for (Object o : event.getMatch().getObjects()) {
            if (isInput(o) && seen.add(o)) {
                inputs.add(o);
            }
        }
        current = null;
    }

    /** A fact a rule inserted, and that rule. */
    record Inserted(Object fact, Rule rule) {
    }

    /** How many facts rules inserted in this evaluation (deleted ones included). */
    private int ruleInserts;

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Rule rule = event.getRule();
        if (rule != null) {
            if (++ruleInserts > CompiledPack.MAX_INSERTED) {
                // stops the consequence at once: each further fact costs the joins on it, and memory
                throw new TooManyFacts(rule);
            }
            if (indexOf(event.getObject()) < 0) {
                inserted.add(new Inserted(event.getObject(), rule));
            }
        }
    }

    /** Thrown into a consequence whose insert passes {@link CompiledPack#MAX_INSERTED}: its rule loops. */
    static final class TooManyFacts extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rule rule;

        TooManyFacts(Rule rule) {
            super("rules inserted more than " + CompiledPack.MAX_INSERTED + " facts for one case", null, false, false);
            this.rule = rule;
        }

        /** The rule whose insert passed the limit. */
        Rule rule() {
            return rule;
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        int i = event.getRule() != null ? indexOf(event.getOldObject()) : -1;
        if (i >= 0) {
            inserted.set(i, new Inserted(event.getObject(), inserted.get(i).rule()));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        int i = indexOf(event.getOldObject());
        if (i >= 0) {
            inserted.remove(i);
        }
    }

    /** The rule that inserted {@code fact} (by identity), or null. */
    Rule ruleOf(Object fact) {
        int i = indexOf(fact);
        return i < 0 ? null : inserted.get(i).rule();
    }

    /** The position of {@code fact} (by identity) among the inserted facts, or -1 (a case has a handful). */
    private int indexOf(Object fact) {
        for (int i = 0; i < inserted.size(); i++) {
            if (inserted.get(i).fact() == fact) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code o} is an input fact the receipt describes (a type test, no string built). */
    static boolean isInput(Object o) {
        return o instanceof CaseFact || o instanceof ItemFact || o instanceof RequiredMaterial
                || o instanceof SubmittedMaterial;
    }

    /** The codes sorted, written as {@code List.toString} writes them ({@code [a, b]}). */
    static String sorted(java.util.Set<String> codes) {
        if (codes.isEmpty()) {
            return "[]";
        }
        String[] a = codes.toArray(new String[0]);
        java.util.Arrays.sort(a);
        StringBuilder sb = new StringBuilder(2 + a.length * 16).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    /** {@code "submitted materials: "} and each submission's description joined by {@code "; "}, or {@code none}. */
    static String submitted(List<SubmittedMaterial> submitted) {
        if (submitted.isEmpty()) {
            return "submitted materials: none";
        }
        StringBuilder sb = new StringBuilder(24 + submitted.size() * 28).append("submitted materials: ");
        for (int i = 0; i < submitted.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            SubmittedMaterial m = submitted.get(i);
            // as SubmittedMaterial.describe() writes it, without lower-casing the form's name each time
            sb.append(m.code()).append(' ').append(FORM_NAMES.get(m.form().ordinal())).append(" ×").append(m.count());
        }
        return sb.toString();
    }

    /** Each form's lower-case name, by ordinal. */
    private static final List<String> FORM_NAMES = java.util.Arrays.stream(io.github.govrules.core.item.MaterialForm.values())
            .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();

    /** Appends the date as {@link LocalDate#toString()} writes it, without its intermediate builder. */
    static StringBuilder iso(StringBuilder sb, LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return sb.append(d);
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return sb.append(y).append(m < 10 ? "-0" : "-").append(m).append(day < 10 ? "-0" : "-").append(day);
    }

    /**
     * The receipt's line on the case: its situations and dates, and its number when {@code withNumber}
     * (when some rule reads it; otherwise the number did not matter, and the outcome carries it).
     */
    static String describeCase(CaseFact c, boolean withNumber) {
        StringBuilder sb = new StringBuilder(120).append("case");
        if (withNumber) {
            sb.append(' ').append(c.caseNumber());
        }
        sb.append(": situations ").append(sorted(c.situations())).append(", received ");
        iso(sb, c.receivedOn()).append(", decided ");
        iso(sb, c.decisionDate()).append(", notice deadline ");
        return iso(sb, c.noticeDeadline()).toString();
    }

    /** The receipt's line on an input fact other than the case (see {@link #describeCase}), or null. */
    static String describe(Object o) {
        if (o instanceof ItemFact i) {
            return "item " + i.code() + " " + i.name() + " v" + i.version() + ": type " + i.typeCode()
                    + ", statutory " + i.statutoryLimit() + ", promised " + i.promisedLimit()
                    + (i.isJoint() ? ", joint with " + i.jointDepartments() : "")
                    + (i.hasSpecialProcedures() ? ", special procedures " + i.specialProcedures() : "")
                    + (i.decidedByHigherLevel() ? ", decided by a higher level" : "");
        }
        if (o instanceof RequiredMaterial m) {
            return "required material " + m.describe();
        }
        if (o instanceof SubmittedMaterial s) {
            return "submitted material " + s.describe();
        }
        return null;
    }
}
