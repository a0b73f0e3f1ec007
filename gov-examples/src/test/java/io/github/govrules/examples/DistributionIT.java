package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool, as a user gets it (run by failsafe after {@code package}): the distribution
 * archive unpacked in a temporary folder answers from another folder, and the jar copied alone
 * fails with the one-line error and exit status 3, not a stack trace.
 */
class DistributionIT {

    @TempDir
    static Path unpacked;

    @TempDir
    static Path elsewhere;

    private static Path gov;

    @BeforeAll
    static void unpack() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "bin/gov is the POSIX launcher");
        Path archive = Path.of(System.getProperty("gov.distribution"));
        assertTrue(Files.isRegularFile(archive), "no distribution archive at " + archive);
        Result tar = run(unpacked, Map.of(), "tar", "-xzf", archive.toString());
        assertEquals(0, tar.exit, tar.err);
        try (var top = Files.list(unpacked)) {
            Path home = top.filter(p -> p.getFileName().toString().startsWith("gov-")).findFirst().orElseThrow();
            gov = home.resolve("bin/gov");
            assertTrue(Files.isExecutable(gov), "bin/gov is not executable");
            assertTrue(Files.isRegularFile(home.resolve("bin/gov.bat")), "no bin/gov.bat");
            assertTrue(Files.isRegularFile(home.resolve("LICENSE")), "no LICENSE");
            try (var lib = Files.list(home.resolve("lib"))) {
                assertTrue(lib.anyMatch(p -> p.getFileName().toString().startsWith("gov-examples")),
                        "lib/ has no gov-examples jar");
            }
        }
    }

    @Test
    void helpWorksFromAnotherFolder() throws Exception {
        Result help = run(elsewhere, javaHome(), gov.toString(), "--help");
        assertEquals(0, help.exit, help.err);
        assertTrue(help.out.contains("Usage: gov"), help.out);
        assertTrue(help.out.contains("deadline"), help.out);
    }

    @Test
    void answersFromAnotherFolderThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("gov-link"), gov);
        Result due = run(elsewhere, javaHome(), link.toString(),
                "deadline", "--calendar", "CN", "--from", "2025-09-19", "--working-days", "20");
        assertEquals(0, due.exit, due.err);
        assertEquals("2025-10-23", due.out.lines().findFirst().orElse(""));
    }

    @Test
    void outOfMemoryIsOneLineAndExitThree() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(javaHome());
        env.put("JAVA_OPTS", "-Xmx12m");
        Result demo = run(elsewhere, env, gov.toString(), "demo");
        assertEquals(3, demo.exit, demo.err);
        assertOneLine(demo.err, "gov: out of memory");
    }

    @Test
    void theJarCopiedAloneSaysWhatIsMissing(@TempDir Path alone) throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("gov.jar")), alone.resolve("gov-examples.jar"));
        Result help = run(alone, Map.of(), java(), "-jar", jar.toString(), "--help");
        assertEquals(3, help.exit, help.err);
        assertOneLine(help.err, "gov: cannot start");
        assertTrue(help.err.contains("lib"), help.err);
    }

    private static void assertOneLine(String err, String start) {
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "expected one line on stderr, got:\n" + err);
        assertTrue(lines.get(0).startsWith(start), err);
        assertFalse(err.contains("\tat "), "a stack trace:\n" + err);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> javaHome() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path dir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
