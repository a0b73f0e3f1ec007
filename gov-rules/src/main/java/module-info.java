/**
 * gov-rules: Drools rule packs per province (material completeness, one-time notice, case
 * classification, decision receipts).
 *
 * <p>API: {@code io.github.govrules.rules} (the engine and its results), {@code io.github.govrules.rules.fact}
 * (the facts a pack's rules match) and {@code io.github.govrules.rules.testing} (scenario tests for
 * JUnit 5, which an application brings). {@code io.github.govrules.rules.internal} is not exported.
 * Drools and its dependencies are automatic modules; the rules a pack compiles live in Drools' own
 * class loader and reach the facts through the exported {@code fact} package.
 */
// Drools has no module descriptors: its jars are automatic modules, named in their manifests
@SuppressWarnings("requires-automatic")
module io.github.govrules.rules {
    requires transitive io.github.govrules.core;
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.util;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.slf4j;
    requires static org.junit.jupiter.api;      // for ...rules.testing only: a test of the application brings JUnit

    exports io.github.govrules.rules;
    exports io.github.govrules.rules.fact;
    exports io.github.govrules.rules.testing;

    // the bundled packs are read through a class loader: a pack folder whose name is a Java package name
    // ("cn", unlike "cn-sc") is a package of this module, encapsulated unless opened
    opens io.github.govrules.rules.packs.cn;

    // Jackson writes the outcome and reads pack files reflectively
    opens io.github.govrules.rules to com.fasterxml.jackson.databind;
    opens io.github.govrules.rules.internal to com.fasterxml.jackson.databind;
}
