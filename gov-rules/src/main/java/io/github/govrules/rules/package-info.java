/**
 * Rule packs per province (规则包) and the engine that runs them: {@link io.github.govrules.rules.RuleEngine}
 * loads packs (a folder or a bundled id), checks a case on a date and returns an
 * {@link io.github.govrules.rules.Evaluation} — one-time notice, classification, due dates, decision receipt;
 * {@link io.github.govrules.rules.RuleEngine#lint(java.nio.file.Path)} validates a pack and runs its scenarios.
 *
 * @since 0.1.0
 */
package io.github.govrules.rules;
