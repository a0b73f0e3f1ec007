package io.github.govrules.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a JSON array of N cases for the benchmarks and the by-hand million-case run: the eight
 * cases of gov-examples/samples/cases-2025-10.json in turn, each with a number of its own.
 *
 * <pre>java -cp gov-examples/target/benchmarks.jar io.github.govrules.examples.cli.GeneratedCases 1000000 /tmp/cases-1m.json</pre>
 */
public final class GeneratedCases {

    private GeneratedCases() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[1]), Integer.parseInt(args[0]));
    }

    /** Writes the file: one case per line, inside '[' and ']'. */
    public static void write(Path file, int n) throws IOException {
        List<String> samples = samples();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            for (int i = 0; i < n; i++) {
                String c = samples.get(i % samples.size());
                w.write(c.replaceFirst("\"number\": \"([A-Z]+)-", "\"number\": \"$1-" + i + "-"));
                w.write(i + 1 < n ? ",\n" : "\n");
            }
            w.write("]\n");
        }
    }

    private static List<String> samples() throws IOException {
        Path sample = Path.of("gov-examples/samples/cases-2025-10.json");
        if (!Files.exists(sample)) {
            sample = Path.of("samples/cases-2025-10.json");
        }
        return Files.readAllLines(sample, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.startsWith("{")).map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList();
    }
}
