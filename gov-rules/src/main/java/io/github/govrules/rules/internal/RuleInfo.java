package io.github.govrules.rules.internal;

/**
 * What the pre-check learned about one rule.
 *
 * @param packId      the pack whose file declares it
 * @param packageName the DRL package
 * @param name        the rule name
 * @param file        the file (display form)
 * @param line        the line of the rule
 * @param legalBasis  its {@code @legalBasis}, or the empty string
 */
public record RuleInfo(String packId, String packageName, String name, String file, int line, String legalBasis) {

    /** The key used to find a rule: package + name. */
    public String key() {
        return packageName + "/" + name;
    }
}
