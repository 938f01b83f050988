package vn.giamsat.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md names, in the last column of its tables, the tests that show each control. Every test named
 * there in backticks must exist: {@code `SomeTest`} a class {@code SomeTest.java} under some module's
 * {@code src/test}, {@code `SomeTest.some_method`} also a method (or an ArchUnit rule field) of that name in it; a bare
 * {@code `some_method`} after a {@code `SomeTest.other`} in the same cell is a method of that class too.
 * A renamed or deleted test fails here until the page follows (issue 14, "a test checks that every test it
 * names exists").
 */
class SecurityDocTest {
    static final String DOC = "docs/security.md";
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern TEST_CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*Tests?");
    private static final Pattern CLASS_METHOD = Pattern.compile("([A-Z][A-Za-z0-9]*Tests?)\\.([A-Za-z_][A-Za-z0-9_]*)");
    /** snake_case or camelCase, as test methods are named here; never a file name or a path. */
    private static final Pattern BARE_METHOD = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+|[A-Z][a-z0-9]*)+");

    /** A test the page names, and the table row it was named in. */
    record Named(String testClass, String method, String row) {}

    static List<Named> namedTests(String markdown) {
        List<Named> named = new ArrayList<>();
        for (String line : markdown.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("|") || l.matches("\\|[-| :]+\\|")) {
                continue;
            }
            String[] cells = l.split("\\|");
            if (cells.length < 3) {
                continue;
            }
            String shownBy = cells[cells.length - 1]; // split drops the empty text after the closing "|"
            String row = cells[1].strip();
            String lastClass = null;
            Matcher m = BACKTICKED.matcher(shownBy);
            while (m.find()) {
                String token = m.group(1).strip();
                Matcher cm = CLASS_METHOD.matcher(token);
                if (cm.matches()) {
                    lastClass = cm.group(1);
                    named.add(new Named(cm.group(1), cm.group(2), row));
                } else if (TEST_CLASS.matcher(token).matches()) {
                    lastClass = token;
                    named.add(new Named(token, null, row));
                } else if (BARE_METHOD.matcher(token).matches()) {
                    named.add(new Named(lastClass, token, row));
                }
            }
        }
        return named;
    }

    /** Every test source of the repository by class name (src/test/java of each module). */
    private static Map<String, List<Path>> testSources() {
        Map<String, List<Path>> sources = new LinkedHashMap<>();
        Path root = Repository.root();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("(.*/)?src/test/.*"))
                    .filter(p -> !root.relativize(p).toString().matches("(.*/)?(target|node_modules|\\.git)/.*"))
                    .forEach(p -> sources.computeIfAbsent(p.getFileName().toString().replace(".java", ""),
                            k -> new ArrayList<>()).add(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static boolean hasMethod(List<Path> files, String method) {
        // a test method, or an ArchUnit rule (a field the ArchUnit engine runs as a test)
        Pattern declared = Pattern.compile("\\bvoid\\s+" + Pattern.quote(method) + "\\s*\\("
                + "|\\bArchRule\\s+" + Pattern.quote(method) + "\\b");
        return files.stream().anyMatch(f -> {
            try {
                return declared.matcher(Files.readString(f, StandardCharsets.UTF_8)).find();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyTestTheSecurityPageNamesExists() {
        List<Named> named = namedTests(Repository.read(DOC));
        assertThat(named).as("the page names tests").hasSizeGreaterThan(20);
        Map<String, List<Path>> sources = testSources();
        List<String> missing = new ArrayList<>();
        for (Named n : named) {
            if (n.testClass() == null) {
                missing.add("row " + n.row() + ": `" + n.method() + "` names no class (write `SomeTest." + n.method() + "`)");
            } else if (!sources.containsKey(n.testClass())) {
                missing.add("row " + n.row() + ": no test class " + n.testClass());
            } else if (n.method() != null && !hasMethod(sources.get(n.testClass()), n.method())) {
                missing.add("row " + n.row() + ": " + n.testClass() + " has no test " + n.method());
            }
        }
        assertThat(missing).as("tests named in " + DOC + " that do not exist").isEmpty();
    }

    @Test
    void theCheckFindsClassesMethodsAndBareMethodsInTheLastColumnOnly() {
        String table = """
                | # | threat | control `NotATest.method` | shown by |
                |---|---|---|---|
                | 1 | x | `AccessPolicy` | `FooTest.a_b`, `c_d`, `eFg`; `BarTest` (`application.properties`, `roles`) |
                """;
        assertThat(namedTests(table)).containsExactly(new Named("FooTest", "a_b", "1"), new Named("FooTest", "c_d", "1"),
                new Named("FooTest", "eFg", "1"), new Named("BarTest", null, "1"));
    }
}
