package io.github.govrules.rules.internal;

import io.github.govrules.rules.CaseInput;
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
 * so this is exact; the due dates, notice and receipt are still assembled for each case.
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
            return o instanceof Key k && item.equals(k.item) && materials.equals(k.materials)
                    && submitted.equals(k.submitted) && situations.equals(k.situations)
                    && receivedOn.equals(k.receivedOn) && decisionDate.equals(k.decisionDate)
                    && Objects.equals(caseNumber, k.caseNumber) && Objects.equals(applicant, k.applicant);
        }
    }

    /**
     * What one run of the rules decided, with what outcome assembly needs that depends only on the
     * key: the item's material index and the receipt's line on the submissions (each null where the
     * run had none at hand; a memo entry always has both, see {@link #complete}).
     */
    record Decided(Recorder recorder, PreloadedSessions.MaterialIndex index, String submittedText) {

        /** This run with the material index and submissions line built from {@code input} where missing. */
        Decided complete(CaseInput input) {
            return index != null && submittedText != null ? this : new Decided(recorder,
                    index != null ? index : new PreloadedSessions.MaterialIndex(input.materials()),
                    submittedText != null ? submittedText : Recorder.submitted(input.submitted()));
        }
    }

    private final ConcurrentHashMap<Key, Decided> entries = new ConcurrentHashMap<>();
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

    Decided get(Key key) {
        return entries.get(key);
    }

    void put(Key key, Decided decided) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, decided);
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
