package io.github.govrules.examples.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.cases.Case;
import io.github.govrules.rules.RuleEngine;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary: a concept has one type and one name in the whole library. Scans the public API types
 * of gov-calendar, gov-core and gov-rules (their class folders or jars; the {@code internal} packages
 * are not API) and fails on a simple name declared twice, naming both types.
 */
class OneVocabularyTest {

    @Test
    void noPublicSimpleTypeNameIsDeclaredTwiceAcrossTheLibraryModules() throws Exception {
        Map<String, List<String>> byName = new TreeMap<>();
        int scanned = 0;
        for (Class<?> anchor : List.of(WorkingDayCalendar.class, Case.class, RuleEngine.class)) {
            for (Class<?> type : publicTypes(anchor)) {
                byName.computeIfAbsent(type.getSimpleName(), n -> new ArrayList<>()).add(type.getName());
                scanned++;
            }
        }
        assertTrue(scanned > 150, "the scan found the modules' types (found " + scanned + ")");
        Map<String, List<String>> twice = new TreeMap<>();
        byName.forEach((name, types) -> {
            if (types.size() > 1) {
                twice.put(name, types);
            }
        });
        assertEquals(Map.of(), twice, "simple type names declared more than once");
    }

    @Test
    void theScanSeesTheFactTypesAndTheModelTypes() throws Exception {
        List<String> names = publicTypes(RuleEngine.class).stream().map(Class::getName).toList();
        assertTrue(names.contains("io.github.govrules.rules.fact.RequiredMaterial"), names.toString());
        assertTrue(publicTypes(Case.class).stream().anyMatch(c -> c.getName().equals("io.github.govrules.core.item.CaseKind")));
    }

    /** The public top-level and public nested types in the class folder or jar {@code anchor} was loaded from. */
    private static List<Class<?>> publicTypes(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collect(root, out);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                collect(jar.getPath("/"), out);
            }
        }
        return out;
    }

    private static void collect(Path root, List<Class<?>> out) throws IOException, ClassNotFoundException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path p : files) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith("META-INF") || rel.endsWith("module-info.class") || rel.endsWith("package-info.class")
                    || rel.contains("/internal/")) {
                continue;
            }
            String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
            Class<?> c = Class.forName(name, false, OneVocabularyTest.class.getClassLoader());
            if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic() || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            if (c.getEnclosingClass() != null && !Modifier.isPublic(c.getEnclosingClass().getModifiers())) {
                continue;
            }
            out.add(c);
        }
    }
}
