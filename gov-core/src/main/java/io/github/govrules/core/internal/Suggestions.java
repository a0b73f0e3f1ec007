package io.github.govrules.core.internal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Did you mean" suggestions for misspelt names (fields, codes, kinds): the closest known name by
 * optimal string alignment distance (insertions, deletions, substitutions and swaps of two adjacent
 * letters each count 1). Shared by gov-core's readers and gov-rules' pack checks. Stateless. Not
 * public API.
 */
public final class Suggestions {

    /** The largest distance suggested. */
    static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /**
     * The known name closest to {@code name}, at most {@link #MAX_DISTANCE} edits away and at
     * most one edit per three letters of the longer name after its first (so {@code nmae} gives
     * {@code name}, but {@code urgent} is not "corrected" to {@code agent}); on a tie, a name not in
     * {@code present} (the likely missing one) first, then alphabetical order.
     *
     * @param name    the unknown name
     * @param known   the known names
     * @param present names already present next to {@code name} (less likely meant)
     * @return the suggestion, or null if none is close enough
     */
    public static String closest(String name, Collection<String> known, Set<String> present) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestPresent = true;
        for (String candidate : new TreeSet<>(known)) {
            if (candidate.equals(name)) {
                continue;
            }
            int d = distance(name, candidate);
            if (d > Math.min(MAX_DISTANCE, (Math.max(name.length(), candidate.length()) - 1) / 3)) {
                continue;
            }
            boolean isPresent = present.contains(candidate);
            if (d < bestDistance || (d == bestDistance && bestPresent && !isPresent)) {
                best = candidate;
                bestDistance = d;
                bestPresent = isPresent;
            }
        }
        return best;
    }

    /**
     * The known name closest to {@code name}, as {@link #closest(String, Collection, Set)} with
     * nothing present: on a tie, the alphabetically first.
     *
     * @return the suggestion, or null if none is close enough
     */
    public static String closest(String name, Collection<String> known) {
        return closest(name, known, Set.of());
    }

    /** {@code " (did you mean 'x'?)"} when a known name is close, else the empty string. */
    public static String didYouMean(String name, Collection<String> known) {
        String near = closest(name, known);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    /** Optimal string alignment distance (restricted Damerau-Levenshtein). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
