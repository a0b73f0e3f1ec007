package io.github.govrules.rules.internal;

import io.github.govrules.rules.CaseInput;
import io.github.govrules.rules.OneTimeNotice;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what the rules of one build decided for a given set of facts, so that a case whose facts
 * equal an earlier case's (same item version, materials, situations, submissions and dates — the
 * daily bulk of a hall) is decided without running Drools again. Rules are functions of their facts,
 * so this is exact. What it keeps is the evaluation itself (immutable): a later case with the same facts
 * gets it with its own case number put in (evaluation and notice), everything else shared; a hit builds
 * no case fact.
 *
 * <p>The key holds every fact value rules can read. The case number and the applicant are part of
 * the key only when some rule mentions them ({@code caseNumber}, {@code applicant}); a build whose
 * rules could see anything else — a global, {@code drools}/{@code kcontext}, the clock, random
 * numbers, a case fact passed whole to a method other than {@code appliesTo}, or its {@code toString},
 * {@code hashCode} or {@code equals} — gets no memo.
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
     * The evaluation decided for a key. Every part of an evaluation but the case number is a function of
     * the key (evaluations are immutable; the receipt names the case only when rules read its number,
     * and then the number is part of the key), so another case with the same facts gets this evaluation
     * with only its case number changed.
     */
    record Remembered(Evaluation evaluation) {

        /**
         * The remembered evaluation, as it would be assembled for case {@code caseNumber}: the same
         * instance for the same case, else a new evaluation and notice sharing everything else.
         */
        Evaluation forCase(String caseNumber) {
            Evaluation o = evaluation;
            if (o.caseNumber().equals(caseNumber)) {
                return o;
            }
            OneTimeNotice n = o.notice();
            OneTimeNotice notice = new OneTimeNotice(caseNumber, n.itemName(), n.items(), n.receivedOn(),
                    n.noticeDeadline());
            return new Evaluation(caseNumber, o.status(), o.acceptedOn(), notice, o.classification(), o.dueDates(),
                    o.receipt());
        }
    }

    private final ConcurrentHashMap<Key, Remembered> entries = new ConcurrentHashMap<>();
    private final boolean keyCaseNumber;
    private final boolean keyApplicant;

    DecisionMemo(boolean keyCaseNumber, boolean keyApplicant) {
        this.keyCaseNumber = keyCaseNumber;
        this.keyApplicant = keyApplicant;
    }

    /**
     * The key of case {@code input} decided on {@code on}: the facts its case fact would hold (the
     * notice deadline is a function of the receipt date), read from the input, so a hit builds no
     * case fact. A key is only ever stored by an evaluation that succeeded, so an input a case fact
     * would reject (decided before receipt, a date the calendar does not cover) never finds one.
     */
    Key key(CaseInput input, LocalDate on) {
        return new Key(input.item(), input.materials(), input.submitted(), input.situations(), input.receivedOn(),
                on, keyCaseNumber ? input.caseNumber() : null, keyApplicant ? input.applicant() : null);
    }

    /** Whether the memo's keys hold the case number: some rule reads it. */
    boolean keysCaseNumber() {
        return keyCaseNumber;
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
            caseNumber |= readsCaseNumber(text);
            applicant |= text.matches("(?s).*\\bapplicant\\b.*");
            for (String b : caseBindings) {
                String q = java.util.regex.Pattern.quote(b);
                if (java.util.regex.Pattern.compile(q + "\\s*\\.\\s*(toString|hashCode|equals)\\b").matcher(text).find()) {
                    return null; // the whole case, number and applicant included
                }
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

    /** Whether some rule in {@code drl} (all files of the chain) reads the case number. */
    static boolean readsCaseNumber(List<String> drl) {
        for (String raw : drl) {
            if (readsCaseNumber(stripCommentsAndStrings(raw))) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsCaseNumber(String strippedText) {
        return strippedText.matches("(?s).*\\bcaseNumber\\b.*");
    }

    private static String stripCommentsAndStrings(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("#[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
