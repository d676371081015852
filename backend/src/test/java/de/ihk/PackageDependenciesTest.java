package de.ihk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The backend's packages depend on each other in one direction only: the base packages (common, access, write,
 * history) know no feature, and no two packages need each other, directly or around a circle.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/de/ihk");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?de\\.ihk\\.([a-z]+)\\.", Pattern.MULTILINE);
    private static final Set<String> BASE = Set.of("common", "access", "write", "history");

    @Test
    void basePackagesKnowNoFeature() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        for (String base : BASE) {
            assertThat(uses.getOrDefault(base, Set.of()))
                    .as("packages %s depends on", base)
                    .allMatch(BASE::contains);
        }
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        List<String> circles = new ArrayList<>();
        for (String start : uses.keySet()) {
            findCircle(start, start, uses, new ArrayList<>(List.of(start)), new HashSet<>(), circles);
        }
        assertThat(circles).isEmpty();
        assertThat(uses).as("packages found").containsKeys("area", "measure", "need", "write", "common");
    }

    private static void findCircle(
            String start,
            String at,
            Map<String, Set<String>> uses,
            List<String> path,
            Set<String> visited,
            List<String> circles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                circles.add(String.join(" → ", path) + " → " + start);
            } else if (visited.add(next)) {
                path.add(next);
                findCircle(start, next, uses, path, visited, circles);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Package → the packages its classes import. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Set<String> targets = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    if (!imports.group(1).equals(pkg)) {
                        targets.add(imports.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
