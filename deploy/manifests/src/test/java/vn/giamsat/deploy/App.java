package vn.giamsat.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import vn.giamsat.adapters.persistence.startup.MigrateOnly;
import vn.giamsat.adapters.persistence.startup.ProductionSettings;
import vn.giamsat.adapters.persistence.startup.ProductionSettings.Setting;

/**
 * One app as its sources define it: the image Jib builds (profile {@code image} of the parent pom, named by the module), the port and
 * settings of its application.properties, and the environment variables it reads there (placeholders).
 */
record App(String module, String image, int port, Properties properties, Set<String> environmentRead,
           List<Setting> requiredInProduction) {
    /** {@code ${NAME}} or {@code ${NAME:default}}, whose default may itself be one placeholder. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::((?:\\$\\{[^}]*}|[^}])*))?}");
    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";

    static App portal() {
        return load("portal", ProductionSettings.REQUIRED_FOR_PORTAL, Set.of());
    }

    /** The admin UI's image also runs the migration job, which reads GIAMSAT_MIGRATE_ONLY in main(). */
    static App adminUi() {
        return load("admin-ui", ProductionSettings.REQUIRED_FOR_ADMIN_UI, Set.of(MigrateOnly.ENVIRONMENT));
    }

    private static App load(String module, List<Setting> required, Set<String> readInCode) {
        Path dir = Repository.root().resolve(module);
        Properties properties = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> read = new TreeSet<>(readInCode);
        properties.stringPropertyNames().forEach(name -> addNamesRead(properties.getProperty(name), read));
        String port = resolve(properties.getProperty("server.port", "8080"), Map.of());
        return new App(module, jibImage(dir.resolve("pom.xml")), Integer.parseInt(port), properties, read, required);
    }

    /**
     * The image the {@code image} profile builds: the parent POM's Jib {@code <to><image>} (one template for both
     * apps) with the module's {@code giamsat.image.name} and version put in.
     */
    private static String jibImage(Path pom) {
        try {
            var xpath = XPathFactory.newInstance().newXPath();
            Document module = parse(pom);
            Document parent = parse(Repository.root().resolve("pom.xml"));
            String template = xpath.evaluate("//*[local-name()='plugin'][*[local-name()='artifactId']="
                    + "'jib-maven-plugin']//*[local-name()='configuration']/*[local-name()='to']/*[local-name()='image']",
                    parent).trim();
            String name = xpath.evaluate("/*[local-name()='project']/*[local-name()='properties']"
                    + "/*[local-name()='giamsat.image.name']", module).trim();
            String skip = xpath.evaluate("/*[local-name()='project']/*[local-name()='properties']"
                    + "/*[local-name()='giamsat.image.skip']", module).trim();
            String version = xpath.evaluate("/*[local-name()='project']/*[local-name()='parent']/*[local-name()='version']",
                    module).trim();
            if (template.isEmpty() || name.isEmpty() || !"false".equals(skip)) {
                throw new IllegalStateException(pom + " does not build an image with the parent's profile 'image'"
                        + " (giamsat.image.name and giamsat.image.skip=false, and a Jib <to><image> in the parent)");
            }
            return template.replace("${giamsat.image.name}", name).replace("${project.version}", version);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the Jib image of " + pom, e);
        }
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** Which environment variables the app reads but a production deployment must set (no safe default). */
    Set<String> requiredEnvironment() {
        Set<String> names = new TreeSet<>();
        requiredInProduction.forEach(s -> names.add(s.environment()));
        return names;
    }

    /** The app's settings as Spring would resolve them with this environment (placeholders and their defaults). */
    Map<String, String> settingsWith(Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(n -> settings.put(n, resolve(properties.getProperty(n), environment)));
        return settings;
    }

    private static void addNamesRead(String value, Set<String> read) {
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            read.add(m.group(1));
            if (m.group(2) != null) {
                addNamesRead(m.group(2), read);
            }
        }
    }

    static String resolve(String value, Map<String, String> environment) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = environment.containsKey(m.group(1)) ? environment.get(m.group(1))
                    : m.group(2) == null ? "" : resolve(m.group(2), environment);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    boolean healthProbesEnabled() {
        return "true".equals(properties.getProperty("management.endpoint.health.probes.enabled"))
                && properties.getProperty("management.endpoints.web.exposure.include", "health").contains("health");
    }
}
