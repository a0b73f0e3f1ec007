package io.github.govrules.examples.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * File names in any locale. The JVM decodes its command line and encodes file names with the
 * locale's charset ({@code sun.jnu.encoding}), which under {@code LANG=C} is ASCII: a Chinese
 * file name arrives as question marks and no such file can be opened, whatever the tool does
 * afterwards. So when the locale's charset is not UTF-8 and an argument holds bytes beyond ASCII,
 * the tool reads its real arguments from {@code /proc/self/cmdline} (Linux) and runs itself once
 * more in a child JVM under {@code LC_ALL=C.UTF-8}, passing them hex-encoded (ASCII survives any
 * locale). Where that cannot be done (no /proc, no UTF-8 locale), the arguments stay as the JVM
 * decoded them and a file name it cannot encode is refused in one line saying so.
 */
final class Utf8Relaunch {

    /** The first argument of a relaunched JVM: the real arguments follow, hex-encoded UTF-8. */
    static final String HEX_ARGUMENTS = "--utf8-hex-arguments";

    private Utf8Relaunch() {
    }

    /** Whether the JVM decodes and encodes file names as UTF-8. */
    static boolean utf8FileNames() {
        String jnu = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        try {
            return Charset.forName(jnu).equals(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The arguments of a relaunched JVM, decoded; or null when these are not such. */
    static String[] decoded(String[] args) {
        if (args.length == 0 || !args[0].equals(HEX_ARGUMENTS)) {
            return null;
        }
        String[] real = new String[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            real[i - 1] = new String(HexFormat.of().parseHex(args[i]), StandardCharsets.UTF_8);
        }
        return real;
    }

    /**
     * Runs the tool again in a UTF-8 child JVM when the arguments need it and it can be done.
     *
     * @return the child's exit status, or -1 when no child was run (run here as usual)
     */
    static int relaunchIfNeeded(String[] args) {
        if (utf8FileNames() || args.length == 0) {
            return -1;
        }
        List<byte[]> raw = rawArguments(args.length);
        if (raw == null || raw.stream().noneMatch(Utf8Relaunch::beyondAscii)) {
            return -1;
        }
        String java = ProcessHandle.current().info().command().orElse(null);
        String classPath = System.getProperty("java.class.path", "");
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (java == null || !ascii(java) || !ascii(classPath) || !jvm.stream().allMatch(Utf8Relaunch::ascii)) {
            return -1;
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        command.add("-cp");
        command.add(classPath);
        command.add(GovLauncher.class.getName());
        command.add(HEX_ARGUMENTS);
        for (byte[] a : raw) {
            command.add(HexFormat.of().formatHex(a));
        }
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("LC_ALL", "C.UTF-8");
        try {
            return pb.start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GovCli.EXIT_INTERNAL;
        }
    }

    /** The last {@code count} arguments of this process as bytes, from /proc/self/cmdline; null where unreadable. */
    static List<byte[]> rawArguments(int count) {
        byte[] all;
        try {
            all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        List<byte[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0) {
                words.add(java.util.Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        if (start < all.length) {
            words.add(java.util.Arrays.copyOfRange(all, start, all.length));
        }
        return words.size() < count ? null : words.subList(words.size() - count, words.size());
    }

    private static boolean beyondAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
