package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * Keeps {@code docs/security/asvs-l2.md} true to the code: a row that says a test proves a requirement must
 * name a test that exists, and the counts at the top must be the rows' counts. Plain JUnit: it reads the
 * document and the test sources, and looks the named methods up on the test classpath.
 */
class AsvsMapTest {

    static final Path DOCUMENT = Path.of("docs/security/asvs-l2.md");
    static final Path TEST_SOURCES = Path.of("src/test/java");
    static final List<String> STATUSES = List.of("Met, automated", "Met, by review", "Not met", "N/A");

    /** {@code | 6.2.1 | L1 | requirement | status | evidence |} */
    private static final Pattern REQUIREMENT_ROW = Pattern.compile("^\\| (\\d+)\\.\\d+\\.\\d+ \\| L[12] \\|.*");
    /** {@code | V6 Authentication | 11 | 7 | 4 | 13 | 35 |} or the total row. */
    private static final Pattern COUNT_ROW = Pattern.compile(
            "^\\| (V(\\d+) [^|]+|\\*\\*All chapters\\*\\*) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");
    private static final Pattern TEST_REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9]*)`");
    /** A backticked repository path: a file with one of these endings, or a folder ending in a slash. */
    private static final Pattern FILE_REFERENCE = Pattern.compile(
            "`([A-Za-z0-9_./-]+(?:\\.(?:java|md|yaml|yml|js|css|properties|xml)|/)|docker/Dockerfile)`");
    private static final List<Path> FILE_ROOTS = List.of(Path.of(""), Path.of("src/main/java/com/cohelm"),
            Path.of("src/main/resources"));
    private static final int TOTAL = -1;

    record Row(String id, int chapter, String status, String evidence) {
    }

    @Test
    void everyRowHasOneOfTheFourStatusesAndItsEvidence() throws IOException {
        var rows = rows(Files.readAllLines(DOCUMENT));
        assertThat(rows).as("requirement rows").hasSizeGreaterThan(200);
        assertThat(rows).extracting(Row::id).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.status()).as(row.id()).isIn(STATUSES);
            assertThat(row.evidence()).as(row.id() + ": what proves it, what to read, or why not").isNotBlank();
        });
        assertThat(rows).filteredOn(row -> row.status().equals("Met, automated")).allSatisfy(row ->
                assertThat(TEST_REFERENCE.matcher(row.evidence()).find())
                        .as(row.id() + " is 'Met, automated' but names no TestClass#method").isTrue());
    }

    @Test
    void theCountsAtTheTopAreTheRowsCounts() throws IOException {
        var lines = Files.readAllLines(DOCUMENT);
        var rows = rows(lines);
        var stated = new TreeMap<Integer, List<Integer>>();
        for (var line : lines) {
            var matcher = COUNT_ROW.matcher(line);
            if (matcher.matches()) {
                var chapter = matcher.group(2) == null ? TOTAL : Integer.parseInt(matcher.group(2));
                var figures = Stream.of(3, 4, 5, 6, 7).map(i -> Integer.parseInt(matcher.group(i))).toList();
                assertThat(stated.put(chapter, figures)).as("one count row per chapter: V" + chapter).isNull();
            }
        }
        var counted = new TreeMap<Integer, List<Integer>>();
        rows.stream().map(Row::chapter).distinct().forEach(chapter -> counted.put(chapter,
                counts(rows.stream().filter(row -> row.chapter() == chapter).toList())));
        counted.put(TOTAL, counts(rows));
        assertThat(stated).as("Met, automated / Met, by review / Not met / N/A / Total per chapter")
                .isEqualTo(counted);
    }

    @Test
    void everyTestNamedIsATestMethodThatExists() throws IOException {
        var text = Files.readString(DOCUMENT);
        var references = TEST_REFERENCE.matcher(text).results()
                .map(match -> match.group(1) + "#" + match.group(2)).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(references).as("test references in the map").hasSizeGreaterThan(50);
        var sources = testSources();
        var missing = new ArrayList<String>();
        for (var reference : references) {
            var parts = reference.split("#");
            var source = sources.get(parts[0]);
            if (source == null || !isTestMethod(className(source), parts[1])) {
                missing.add(reference + (source == null ? " (no such test class)" : " (no such test method)"));
            }
        }
        assertThat(missing).as("tests named in " + DOCUMENT + " that do not exist").isEmpty();
    }

    @Test
    void everyFileNamedExists() throws IOException {
        var missing = FILE_REFERENCE.matcher(Files.readString(DOCUMENT)).results().map(match -> match.group(1))
                .distinct()
                .filter(name -> FILE_ROOTS.stream().noneMatch(root -> Files.exists(root.resolve(name))))
                .toList();
        assertThat(missing).as("files named in " + DOCUMENT + " that do not exist").isEmpty();
    }

    static List<Row> rows(List<String> lines) {
        var rows = new ArrayList<Row>();
        for (var line : lines) {
            var matcher = REQUIREMENT_ROW.matcher(line);
            if (matcher.matches()) {
                var cells = Arrays.stream(line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1))
                        .map(String::strip).toList();
                assertThat(cells).as("id, level, requirement, status, evidence: " + line).hasSize(5);
                rows.add(new Row(cells.get(0), Integer.parseInt(matcher.group(1)), cells.get(3), cells.get(4)));
            }
        }
        return rows;
    }

    private static List<Integer> counts(List<Row> rows) {
        var figures = new ArrayList<Integer>();
        for (var status : STATUSES) {
            figures.add((int) rows.stream().filter(row -> row.status().equals(status)).count());
        }
        figures.add(rows.size());
        return figures;
    }

    /** Test class simple name to its source file; a name found twice is refused, since a reference would be ambiguous. */
    private static Map<String, Path> testSources() throws IOException {
        try (var files = Files.walk(TEST_SOURCES)) {
            var byName = files.filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(file -> file.getFileName().toString().replace(".java", "")));
            var result = new LinkedHashMap<String, Path>();
            byName.forEach((name, paths) -> {
                if (paths.size() == 1) {
                    result.put(name, paths.getFirst());
                }
            });
            return result;
        }
    }

    private static String className(Path source) {
        var relative = TEST_SOURCES.relativize(source).toString().replace(".java", "");
        return relative.replace(source.getFileSystem().getSeparator(), ".");
    }

    /** A method of that name, on the class or a superclass, that JUnit runs (@Test, @ParameterizedTest, …). */
    private static boolean isTestMethod(String className, String methodName) {
        try {
            for (Class<?> type = Class.forName(className, false, AsvsMapTest.class.getClassLoader());
                    type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.getName().equals(methodName) && Arrays.stream(method.getAnnotations())
                            .anyMatch(a -> isMetaTestable(a.annotationType(), Set.of()))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Whether JUnit's {@code @Testable} is on this annotation, or on one of its own annotations, at any depth. */
    private static boolean isMetaTestable(Class<?> annotation, Set<Class<?>> seen) {
        if (seen.contains(annotation) || annotation.getName().startsWith("java.lang.annotation")) {
            return false;
        }
        var next = new java.util.HashSet<>(seen);
        next.add(annotation);
        return Arrays.stream(annotation.getAnnotations()).map(java.lang.annotation.Annotation::annotationType)
                .anyMatch(type -> type == Testable.class || isMetaTestable(type, next));
    }
}
