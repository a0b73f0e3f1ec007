package io.github.govrules.rules.internal;

import java.util.Collection;
import java.util.TreeSet;

/**
 * "Did you mean" suggestions: the closest known word by optimal string alignment distance
 * (insertions, deletions, substitutions and swaps of two adjacent letters each count 1), the same
 * measure gov-core uses for misspelt field names. Stateless.
 */
public final class Suggest {

    /** The largest distance suggested. */
    static final int MAX_DISTANCE = 2;

    private Suggest() {
    }

    /**
     * The known word closest to {@code word}, at most {@link #MAX_DISTANCE} edits away and at most one
     * edit per three letters of the longer word after its first; on a tie, the alphabetically first.
     *
     * @return the suggestion, or null if none is close enough
     */
    public static String closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(known)) {
            if (candidate.equals(word)) {
                continue;
            }
            int d = distance(word, candidate);
            if (d > Math.min(MAX_DISTANCE, (Math.max(word.length(), candidate.length()) - 1) / 3)) {
                continue;
            }
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code " (did you mean 'x'?)"} when a known word is close, else the empty string. */
    public static String didYouMean(String word, Collection<String> known) {
        String near = closest(word, known);
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
