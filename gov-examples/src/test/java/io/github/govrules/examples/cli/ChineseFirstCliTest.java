package io.github.govrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, part 2: --lang, Chinese spellings of dates and suspension kinds, file names in any locale. */
class ChineseFirstCliTest {

    @TempDir
    Path dir;

    @Test
    void chineseSpellingsOfADateGiveTheSameDueDate() {
        for (String date : List.of("2025-09-19", "2025/09/19", "2025/9/19", "2025.09.19", "20250919", "2025年9月19日",
                "2025年09月19日", "２０２５年９月１９日")) {
            Cli.Result r = Cli.run("deadline", "--from", date, "--working-days", "20");
            assertEquals(0, r.exitCode(), () -> date + ": " + r);
            assertEquals("2025-10-23", r.firstLine(), date);
        }
    }

    @Test
    void aDateInNoKnownSpellingIsRefusedNamingTheSpellings() {
        Cli.assertOneLineBadInput(Cli.run("deadline", "--from", "19.09.2025", "--working-days", "3"),
                "--from: '19.09.2025' is not a date of the form YYYY-MM-DD (also 2025/09/19, 20250919, 2025年9月19日)");
        Cli.assertOneLineBadInput(Cli.run("deadline", "--from", "2025年13月1日", "--working-days", "3"),
                "--from: '2025年13月1日' is not a valid date (month 13 is not between 1 and 12)");
        Cli.assertOneLineBadInput(Cli.run("deadline", "--from", "2025/09-19", "--working-days", "3"),
                "is not a date of the form");
    }

    @Test
    void batchLinesTakeChineseDatesToo() throws IOException {
        Path batch = dir.resolve("q.csv");
        Files.writeString(batch, "add,2025/09/19,20\nbetween,2025年10月1日,20251009\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("deadline", "--batch", batch.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("add,2025/09/19,20,2025-10-23", "between,2025年10月1日,20251009,1"), r.outLines());
    }

    @Test
    void chineseSuspensionKindsMapToTheKinds() {
        Cli.Result english = Cli.run("deadline", "--from", "2026-01-26", "--working-days", "20",
                "--suspend", "expert-review:2026-02-02..2026-02-13");
        Cli.Result chinese = Cli.run("deadline", "--from", "2026年1月26日", "--working-days", "20",
                "--suspend", "专家评审：2026/02/02至2026/02/13");
        assertEquals(0, chinese.exitCode(), chinese::toString);
        assertEquals(english.firstLine(), chinese.firstLine());
        for (var e : DeadlineCommand.CHINESE_KINDS.entrySet()) {
            assertEquals(e.getValue(), DeadlineCommand.parseSuspension(e.getKey() + ":2026-02-02..2026-02-03").kind(),
                    e.getKey());
        }
        Cli.assertOneLineBadInput(Cli.run("deadline", "--from", "2026-01-26", "--working-days", "20",
                "--suspend", "评审:2026-02-02..2026-02-13"), "unknown kind '评审'", "in Chinese: ", "专家评审");
    }

    @Test
    void theDemoSpeaksChineseWithLangZhAndEnglishWithLangEn() {
        Cli.Result zh = Cli.run("demo", "--lang", "zh");
        assertEquals(0, zh.exitCode(), zh::toString);
        assertTrue(zh.firstLine().startsWith("gov-rules 演示"), zh::toString);
        assertTrue(zh.out().contains("1. 跨越 2025 年国庆节的二十个工作日"), zh::toString);
        assertTrue(zh.out().contains("计第 1–5 日"), zh::toString);
        assertTrue(zh.out().contains("到期日：星期四 2025-10-23"), zh::toString);
        assertTrue(zh.out().contains("  按时办结率"), zh::toString);
        Cli.Result en = Cli.run("--lang", "en", "demo");
        assertTrue(en.firstLine().startsWith("gov-rules demo:"), en::toString);
        assertFalse(en.out().contains("计第"), en::toString);
    }

    @Test
    void everyTextKeyHasAChineseText() throws IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/io/github/govrules/examples/cli/messages.properties")) {
            en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        try (var in = getClass().getResourceAsStream("/io/github/govrules/examples/cli/messages_zh.properties")) {
            zh.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Object key : en.keySet()) {
            assertTrue(zh.containsKey(key), () -> "no Chinese text for " + key);
            long enArgs = en.getProperty((String) key).replace("%%", "").chars().filter(c -> c == '%').count();
            long zhArgs = zh.getProperty((String) key).replace("%%", "").chars().filter(c -> c == '%').count();
            assertEquals(enArgs, zhArgs, () -> "the texts of " + key + " take different arguments");
        }
    }

    @Test
    void theLanguageFollowsTheLocaleWhenNotGiven() {
        java.util.Locale en = java.util.Locale.US;
        assertEquals(Texts.Lang.ZH, Texts.Lang.fromLocale(en, Map.of("LANG", "zh_CN.UTF-8")::get));
        assertEquals(Texts.Lang.EN, Texts.Lang.fromLocale(en, Map.of("LANG", "C.UTF-8")::get));
        // LC_ALL before LC_MESSAGES before LANG, as POSIX orders them
        assertEquals(Texts.Lang.EN, Texts.Lang.fromLocale(en, Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8")::get));
        assertEquals(Texts.Lang.ZH, Texts.Lang.fromLocale(en, Map.of("LC_MESSAGES", "zh_TW.UTF-8", "LANG", "C")::get));
        // no locale in the environment: the JVM's
        assertEquals(Texts.Lang.ZH, Texts.Lang.fromLocale(java.util.Locale.SIMPLIFIED_CHINESE, Map.<String, String>of()::get));
        assertEquals(Texts.Lang.EN, Texts.Lang.fromLocale(en, Map.<String, String>of()::get));
    }

    /**
     * A Chinese file name under LANG=C, in a child JVM: the JVM decodes its arguments as ASCII there, so the
     * tool reruns itself under a UTF-8 locale and reads the file; the message and output are not garbled.
     */
    @Test
    void aChineseFileNameWorksUnderTheCLocale() throws Exception {
        Assumptions.assumeTrue(Utf8Relaunch.utf8FileNames(), "this test JVM cannot pass a Chinese argument itself");
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "no /proc here");
        String classPath = System.getProperty("java.class.path");
        Assumptions.assumeTrue(classPath.chars().allMatch(c -> c < 0x80), "a class path beyond ASCII");
        Path aCase = Samples.copy("printing-licence.json", dir);
        Path chinese = Files.move(aCase, dir.resolve("印刷许可办件.json"));
        Path missing = dir.resolve("没有这个文件.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Child ok = run(java, classPath, "check", "--pack", "cn-sc", "--format", "csv", chinese.toString());
        assertEquals(0, ok.code, ok::toString);
        assertTrue(ok.out.contains(chinese.toString()), ok::toString);
        Child bad = run(java, classPath, "check", "--pack", "cn-sc", missing.toString());
        assertEquals(2, bad.code, bad::toString);
        assertTrue(bad.err.contains(missing.toString()), bad::toString);
        assertFalse(bad.err.contains("\uFFFD") || bad.err.contains("?"), bad::toString);
    }

    private record Child(int code, String out, String err) {
    }

    private Child run(String java, String classPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, GovLauncher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        return new Child(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    static String pathSeparator() {
        return File.pathSeparator;
    }
}
