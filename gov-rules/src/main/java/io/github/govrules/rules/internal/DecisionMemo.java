package io.github.govrules.rules.internal;

import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.DecisionReceipt;
import io.github.govrules.rules.OneTimeNotice;
import io.github.govrules.rules.Outcome;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.rules.fact.SubmittedMaterial;
import io.github.govrules.rules.fact.CaseFact;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what the rules of one build decided for a given set of facts, so that a case whose facts
 * equal an earlier case's (same item version, materials, situations, submissions and dates — the
 * daily bulk of a hall) is decided without running Drools again. Rules are functions of their facts,
 * so this is exact. What it keeps is the outcome itself (immutable): a later case with the same facts
 * gets it with its own case number put in (notice, receipt's case line, outcome), nothing else rebuilt.
 *
 * <p>The key holds every fact value rules can read. The case number and the applicant are part of
 * the key only when some rule mentions them ({@code caseNumber}, {@code applicant}); a build whose
 * rules could see anything else — a global, {@code drools}/{@code kcontext}, the clock, random
 * numbers, or a case fact passed whole to a method other than {@code appliesTo} — gets no memo.
 * At most {@value #MAX_ENTRIES} entries; when full, it starts over. Thread-safe.
 */
final class DecisionMemo {

    static final int MAX_ENTRIES = 20_000;

    /** The facts a decision depends on. */
    record Key(ItemFact item, List<RequiredMaterial> materials, List<SubmittedMaterial> submitted,
               Set<String> situations, LocalDate receivedOn, LocalDate decisionDate, String caseNumber,
               ApplicantFact applicant) {

        /**
         * Hashes what tells cases apart cheaply (codes, forms, counts, situations, dates, the case
         * number), not every value of the item and its materials as a record would: lookups compare
         * keys in full with {@link #equals}.
         */
        @Override
        public int hashCode() {
            int h = item.code().hashCode() * 31 + item.version().hashCode();
            h = h * 31 + materials.size();
            for (int i = 0; i < submitted.size(); i++) {
                SubmittedMaterial s = submitted.get(i);
                h = h * 31 + s.code().hashCode();
                h = h * 31 + s.form().ordinal() * 64 + s.count();
            }
            h = h * 31 + situations.hashCode();
            h = h * 31 + receivedOn.hashCode();
            h = h * 31 + decisionDate.hashCode();
            return h * 31 + Objects.hashCode(caseNumber);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && (item == k.item || item.equals(k.item))
                    && (materials == k.materials || materials.equals(k.materials))
                    && submitted.equals(k.submitted) && situations.equals(k.situations)
                    && receivedOn.equals(k.receivedOn) && decisionDate.equals(k.decisionDate)
                    && Objects.equals(caseNumber, k.caseNumber) && Objects.equals(applicant, k.applicant);
        }
    }

    /**
     * The outcome decided for a key, and the receipt's case line after the case number. Every
     * other part of an outcome is a function of the key (outcomes are immutable), so another case
     * with the same facts gets this outcome with only its case number changed.
     */
    record Remembered(Outcome outcome, String caseLineTail) {

        /** The remembered outcome, as it would be assembled for case {@code caseNumber}. */
        Outcome forCase(String caseNumber) {
            Outcome o = outcome;
            if (o.caseNumber().equals(caseNumber)) {
                return o;
            }
            OneTimeNotice n = o.notice();
            OneTimeNotice notice = new OneTimeNotice(caseNumber, n.itemName(), n.items(), n.receivedOn(),
                    n.noticeDeadline());
            DecisionReceipt r = o.receipt();
            String[] inputs = r.inputs().toArray(new String[0]);
            inputs[0] = "case " + caseNumber + caseLineTail;
            DecisionReceipt receipt = new DecisionReceipt(r.packId(), r.packVersion(), r.contentHash(), r.decidedOn(),
                    r.rulesFired(), r.legalBases(), List.of(inputs));
            return new Outcome(caseNumber, o.status(), o.acceptedOn(), notice, o.classification(), o.dueDates(), receipt);
        }

        /**
         * Remembers {@code outcome}, whose receipt's first input line is the case line written by
         * {@link Recorder#describe(Object)}: {@code "case " + number + tail}.
         */
        static Remembered of(Outcome outcome) {
            String line = outcome.receipt().inputs().get(0);
            String head = "case " + outcome.caseNumber();
            if (!line.startsWith(head)) {
                throw new IllegalStateException("The receipt does not start with the case line: " + line);
            }
            return new Remembered(outcome, line.substring(head.length()));
        }
    }

    private final ConcurrentHashMap<Key, Remembered> entries = new ConcurrentHashMap<>();
    private final boolean keyCaseNumber;
    private final boolean keyApplicant;

    DecisionMemo(boolean keyCaseNumber, boolean keyApplicant) {
        this.keyCaseNumber = keyCaseNumber;
        this.keyApplicant = keyApplicant;
    }

    Key key(CaseFact c, CaseInput input) {
        return new Key(input.item(), input.materials(), input.submitted(), c.situations(), c.receivedOn(),
                c.decisionDate(), keyCaseNumber ? c.caseNumber() : null, keyApplicant ? c.applicant() : null);
    }

    Remembered get(Key key) {
        return entries.get(key);
    }

    void put(Key key, Remembered remembered) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, remembered);
    }

    /**
     * The memo for rules whose text is {@code drl} (all files of the chain), or null when memoizing
     * would be unsafe.
     *
     * @param caseBindings the names bound to {@code CaseFact} patterns, e.g. {@code $c}
     */
    static DecisionMemo forRules(List<String> drl, Set<String> caseBindings) {
        boolean caseNumber = false;
        boolean applicant = false;
        for (String raw : drl) {
            String text = stripCommentsAndStrings(raw);
            if (text.matches("(?s).*\\b(global|drools|kcontext|now|currentTimeMillis|nanoTime|random|Random|UUID|Date|Instant|Clock|ThreadLocalRandom)\\b.*")) {
                return null;
            }
            caseNumber |= text.matches("(?s).*\\bcaseNumber\\b.*");
            applicant |= text.matches("(?s).*\\bapplicant\\b.*");
            for (String b : caseBindings) {
                String q = java.util.regex.Pattern.quote(b);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(q + "(?![\\w$])(?!\\s*\\.)(?!\\s*:)").matcher(text);
                while (m.find()) {
                    String before = text.substring(Math.max(0, m.start() - 20), m.start());
                    if (!before.matches("(?s).*appliesTo\\s*\\(\\s*$")) {
                        return null;
                    }
                }
            }
        }
        return new DecisionMemo(caseNumber, applicant);
    }

    private static String stripCommentsAndStrings(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("#[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
