package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path: a small application module that requires
 * {@code io.github.govrules.rules} is compiled against the library's jars (or class folders) and
 * run in a child JVM with {@code java --module-path}, Drools and the other dependencies as the
 * (automatic or explicit) modules their jars make. And the boundaries hold: such a module cannot
 * compile against an {@code internal} package, and the command line's own sources compile as a
 * module that reads only the library's exported packages.
 *
 * <p>The module path is gov-examples' runtime class path, written by the build
 * ({@code dependency:build-classpath}) to {@code target/runtime-classpath.txt}.
 */
class ModulePathTest {

    private static List<Path> modulePath;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readModulePath() throws IOException {
        Path file = Path.of(System.getProperty("gov.runtimeClasspathFile", "target/runtime-classpath.txt"));
        assertTrue(Files.isRegularFile(file), "the build writes " + file.toAbsolutePath() + " (run through Maven)");
        modulePath = new ArrayList<>();
        for (String entry : Files.readString(file, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
            modulePath.add(Path.of(entry));
        }
        assertTrue(modulePath.stream().anyMatch(p -> p.toString().contains("gov-rules")), modulePath.toString());
    }

    @Test
    void anApplicationModuleUsesCalendarCoreAndRules() throws Exception {
        Path src = tmp.resolve("src");
        write(src.resolve("module-info.java"), """
                module demo {
                    requires io.github.govrules.rules;   // brings core and calendar (requires transitive)
                    requires org.jboss.logging;          // only to show where Hibernate Validator's logs go
                }
                """);
        write(src.resolve("demo/Main.java"), """
                package demo;

                import io.github.govrules.calendar.Calendars;
                import io.github.govrules.calendar.deadline.Deadlines;
                import io.github.govrules.calendar.deadline.TimeLimit;
                import io.github.govrules.core.io.CaseIo;
                import io.github.govrules.core.io.Catalogs;
                import io.github.govrules.core.io.ModelValidationException;
                import io.github.govrules.rules.RuleEngine;
                import java.time.LocalDate;

                public final class Main {
                    public static void main(String[] args) {
                        System.out.println("module " + Main.class.getModule().getName()
                                + " reads " + RuleEngine.class.getModule().getName());
                        System.out.println("due " + Deadlines.dueDate(Calendars.cn(), LocalDate.of(2025, 9, 19),
                                TimeLimit.workingDays(20)));
                        try (RuleEngine engine = RuleEngine.create()) {
                            engine.load("cn-zj");
                            var outcome = engine.check("cn-zj", CaseIo.example("gjj-bank-first-incomplete"),
                                    Catalogs.example());
                            System.out.println("status " + outcome.status());
                            System.out.println("pack " + outcome.receipt().packId());
                        }
                        try {
                            CaseIo.fromJson("{\\"caseNumber\\": \\"\\"}", "bad.json");
                        } catch (ModelValidationException | io.github.govrules.core.io.ModelReadException e) {
                            System.out.println("refused " + e.getMessage().lines().findFirst().orElse(""));
                        }
                        System.out.println("jboss logging " + org.jboss.logging.Logger.getLogger("demo").getClass().getName());
                    }
                }
                """);
        Path classes = tmp.resolve("classes");
        String errors = compile(src, classes);
        assertEquals("", errors);

        String modules = Stream.concat(Stream.of(classes), modulePath.stream())
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--module-path", modules, "-m", "demo/demo.Main")
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("module demo reads io.github.govrules.rules"), out);
        assertTrue(out.contains("due 2025-10-23"), out);
        assertTrue(out.contains("status CORRECTION_REQUIRED"), out);
        assertTrue(out.contains("pack cn-zj"), out);
        assertTrue(out.contains("refused bad.json"), out);
        assertTrue(out.contains("jboss logging org.jboss.logging.Slf4jLogger"), out);
        assertFalse(out.contains("Exception in thread"), out);
        assertFalse(out.contains("WARNING"), out); // e.g. illegal reflective access, a missing opens
    }

    @Test
    void anInternalPackageIsNotVisibleToAnApplication() throws IOException {
        Path src = tmp.resolve("src");
        write(src.resolve("module-info.java"), "module sneaky { requires io.github.govrules.rules; }\n");
        write(src.resolve("sneaky/Main.java"), """
                package sneaky;
                public final class Main {
                    String near = io.github.govrules.core.internal.Suggestions.didYouMean("nmae", java.util.Set.of("name"));
                    Object pack = io.github.govrules.rules.internal.PackReader.BUNDLED_ROOT;
                    Object text = io.github.govrules.calendar.internal.Utf8Text.strictUtf8();
                }
                """);
        String errors = compile(src, tmp.resolve("classes"));
        assertTrue(errors.contains("package io.github.govrules.core.internal is declared in module io.github.govrules.core,"
                + " which does not export it to module sneaky"), errors);
        assertTrue(errors.contains("package io.github.govrules.rules.internal is declared in module io.github.govrules.rules,"
                + " which does not export it"), errors);
        assertTrue(errors.contains("package io.github.govrules.calendar.internal is declared in module"
                + " io.github.govrules.calendar, which does not export it to module sneaky"), errors);
    }

    @Test
    void theCommandLineCompilesAgainstTheExportedPackagesOnly() throws IOException {
        Path src = tmp.resolve("src");
        Path main = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                write(src.resolve(main.relativize(file).toString()), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        write(src.resolve("module-info.java"), """
                module gov.cli {
                    requires io.github.govrules.rules;
                    requires info.picocli;
                    requires com.fasterxml.jackson.core;
                    requires java.management;
                }
                """);
        assertEquals("", compile(src, tmp.resolve("classes")));
    }

    /** Compiles a module's sources against the module path; the error messages, or "" if it compiled. */
    private static String compile(Path src, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // an empty class path: in process, javac would otherwise take this test's class path, the library included
        Path noClassPath = Files.createDirectories(src.resolveSibling("empty-class-path"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-Xlint:none",
                "--class-path", noClassPath.toString(),
                "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = javac.run(null, OutputStream.nullOutputStream(), err, args.toArray(String[]::new));
        return status == 0 ? "" : err.toString(StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
