package io.github.govrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No compiled class of gov-rules casts a value to {@code Collection} right before {@code List.copyOf},
 * {@code Set.copyOf} or {@code Map.copyOf}, as javac does for {@code List.copyOf(Objects.requireNonNull(x, "x"))}.
 *
 * <p>Why: {@code copyOf} casts its argument to {@code List} (or {@code Set}) again. Two interface checks
 * in turn on the same class overwrite HotSpot's one-entry cache of that class's last interface
 * ({@code secondary_super_cache}) on every call; with two threads the cache line moves between cores on
 * every call (JDK-8180450, fixed in JDK 23 and backported to 21u, not to 17). In the engine's memo path that made
 * {@code Evaluation} and {@code OneTimeNotice} construction most of the time per case and kept two threads
 * at about 1.4 times one. Write {@code Objects.requireNonNull(x, "x"); x = List.copyOf(x);} instead.
 */
class CopyWithoutInterfaceCastTest {

    @Test
    void noCollectionCastFeedsACopyOf() throws IOException, URISyntaxException {
        Path classes = Path.of(Evaluation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).map(Path::toString).sorted().toList();
        }
        assertTrue(files.size() > 50, "found " + files.size() + " classes in " + classes);
        String listing = javap(files);
        List<String> offenders = offenders(listing);
        assertEquals(List.of(), offenders, "write Objects.requireNonNull(x, \"x\"); x = List.copyOf(x); instead");
    }

    @Test
    void theCheckFindsTheCastItLooksFor() {
        String listing = """
                public final class a.B extends java.lang.Record {
                  public a.B(java.util.List<java.lang.String>);
                    Code:
                       5: invokestatic  #9                  // Method java/util/Objects.requireNonNull:(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;
                       8: checkcast     #13                 // class java/util/Collection
                      11: invokestatic  #15                 // InterfaceMethod java/util/List.copyOf:(Ljava/util/Collection;)Ljava/util/List;
                  public a.C(java.util.List<java.lang.String>);
                    Code:
                      11: invokestatic  #15                 // InterfaceMethod java/util/List.copyOf:(Ljava/util/Collection;)Ljava/util/List;
                """;
        assertEquals(List.of("a.B: public a.B(java.util.List<java.lang.String>);"), offenders(listing));
    }

    private static String javap(List<String> files) {
        java.util.Optional<ToolProvider> tool = ToolProvider.findFirst("javap");
        org.junit.jupiter.api.Assumptions.assumeTrue(tool.isPresent(), "this JDK has no javap (module jdk.jdeps)");
        ToolProvider javap = tool.get();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-c", "-p"));
        args.addAll(files);
        int rc = javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        assertEquals(0, rc, err.toString());
        return out.toString();
    }

    /** The class and method of every {@code checkcast java/util/Collection} followed by a {@code copyOf}. */
    private static List<String> offenders(String listing) {
        List<String> found = new ArrayList<>();
        String type = "";
        String method = "";
        boolean castToCollection = false;
        for (String line : listing.split("\n")) {
            String t = line.strip();
            if (line.matches("^\\S.*\\b(class|interface|enum|record) .*\\{\\s*$")) {
                type = t.replaceAll(".*\\b(?:class|interface|enum|record) (\\S+).*", "$1");
            } else if (line.startsWith("  ") && !line.startsWith("   ") && t.endsWith(";")) {
                method = t;
            } else if (t.contains("checkcast") && t.endsWith("// class java/util/Collection")) {
                castToCollection = true;
                continue;
            } else if (castToCollection && t.matches(".*java/util/(List|Set|Map)\\.copyOf:.*")) {
                found.add(type + ": " + method);
            }
            castToCollection = false;
        }
        return found;
    }
}
