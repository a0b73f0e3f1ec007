/**
 * gov-core: the domain model of the government service hall (items, materials, cases, windows,
 * seals, indicators) and its JSON/YAML reading and validation.
 *
 * <p>API: the exported packages below. {@code io.github.govrules.core.internal} is shared with
 * gov-rules only (qualified export), never with applications. Jackson and Hibernate Validator read
 * the model reflectively (qualified opens). On the module path JBoss Logging (Hibernate Validator's
 * logger) goes through SLF4J by the provider declared here; on the class path by the services file.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.govrules.core {
    requires transitive io.github.govrules.calendar;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator needs Jakarta EL for its messages but requires it only statically: required here,
    // it is resolved, and its implementation (Expressly, which provides jakarta.el.ExpressionFactory) is
    // bound as a service
    requires jakarta.el;
    requires org.jboss.logging;
    requires org.slf4j;

    exports io.github.govrules.core;
    exports io.github.govrules.core.cases;
    exports io.github.govrules.core.catalog;
    exports io.github.govrules.core.hall;
    exports io.github.govrules.core.indicator;
    exports io.github.govrules.core.io;
    exports io.github.govrules.core.item;

    exports io.github.govrules.core.internal to io.github.govrules.rules;

    opens io.github.govrules.core.cases to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.govrules.core.catalog to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.govrules.core.hall to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.govrules.core.indicator to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.govrules.core.io to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.govrules.core.item to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.govrules.core.internal to com.fasterxml.jackson.databind, org.hibernate.validator;

    provides org.jboss.logging.LoggerProvider with io.github.govrules.core.internal.JbossLogging;
}
