package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;
import vn.giamsat.portal.config.PortalMemory;

/**
 * Issue 18 item 4 (part): what a harvester reads about the open data. The Atom feed names each published version
 * by an id that a reinstall or a reload of the same data gives again, with its publication time as {@code updated};
 * the OpenAPI description is the project's own (title, version, licence), says that no credentials are needed,
 * documents the error answers and has a typed schema for every response (no untyped map).
 */
class OpenDataDescribesItselfTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private ApplicationContext portal;

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private List<Element> entriesAfterLoadingTheDemoData() throws Exception {
        TestDatabase.truncateAll();
        AdminSide.run((u, writer) -> assertThat(u.loadDemoData().load()).isTrue());
        PortalMemory.forget(portal);
        Document feed = Jsoup.parse(get("/du-lieu-mo/cong-khai.atom"), "", org.jsoup.parser.Parser.xmlParser());
        return feed.select("entry");
    }

    @Test
    void atom_entry_ids_are_the_same_after_loading_the_demo_data_again_and_updated_is_the_publication_time()
            throws Exception {
        List<Element> first = entriesAfterLoadingTheDemoData();
        List<Element> second = entriesAfterLoadingTheDemoData();

        List<String> firstIds = first.stream().map(e -> e.selectFirst("id").text()).toList();
        List<String> secondIds = second.stream().map(e -> e.selectFirst("id").text()).toList();
        assertThat(firstIds).isNotEmpty().doesNotHaveDuplicates();
        assertThat(new TreeSet<>(secondIds)).as("entry ids after a second load").isEqualTo(new TreeSet<>(firstIds));
        assertThat(firstIds).allMatch(id -> id.matches("tag:localhost,2026:[a-z0-9/-]+/\\d{4}-\\d{2}-\\d{2}/phien-ban-\\d+"),
                "a tag URI (RFC 4151) of council, resolution number and date, version");

        // updated = when that version was published, as the round's version history says
        PublishedRoundQueries rounds = portal.getBean(PublishedRoundQueries.class);
        Set<Instant> published = new TreeSet<>();
        for (PublishedVersion latest : rounds.latestVersions()) {
            rounds.round(latest.round().value().toString(), null).orElseThrow().history()
                    .forEach(v -> published.add(v.publishedAt()));
        }
        Set<Instant> updated = new TreeSet<>();
        second.forEach(e -> updated.add(Instant.parse(e.selectFirst("updated").text())));
        assertThat(updated).isEqualTo(published);
    }

    @Test
    void the_openapi_description_is_the_projects_own_needs_no_credentials_documents_errors_and_has_no_untyped_map()
            throws Exception {
        JsonNode doc = JsonMapper.shared().readTree(get("/v3/api-docs/public"));
        JsonNode info = doc.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Giám sát TTHC — dữ liệu mở / open data API");
        assertThat(info.get("version").asString()).isEqualTo(projectVersion());
        assertThat(info.at("/license/name").asString()).isEqualTo("CC BY 4.0");
        assertThat(info.at("/license/url").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(doc.get("security")).as("top-level security: no requirement").isNotNull();
        assertThat(doc.get("security").isArray() && doc.get("security").isEmpty()).isTrue();
        assertThat(doc.at("/components/securitySchemes").isMissingNode()).as("no credential scheme").isTrue();

        List<String> problems = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                JsonNode responses = operation.getValue().get("responses");
                for (String status : List.of("200", "500", "503")) {
                    if (!responses.has(status) || responses.get(status).path("description").asString().isBlank()) {
                        problems.add(where + ": no documented " + status);
                    }
                }
                JsonNode schema = responses.at("/200/content/application~1json/schema");
                JsonNode item = schema.path("items");
                String ref = item.path("$ref").asString();
                if (!schema.path("type").asString().equals("array") || ref.isEmpty()) {
                    problems.add(where + ": 200 is not an array of a named schema: " + schema);
                }
            }
        }
        for (var schema : doc.at("/components/schemas").properties()) {
            if (schema.getValue().path("properties").isEmpty()) {
                problems.add("schema " + schema.getKey() + " has no properties");
            }
            for (var property : schema.getValue().path("properties").properties()) {
                JsonNode p = property.getValue();
                if (p.has("additionalProperties") || (p.path("type").isMissingNode() && !p.has("$ref"))) {
                    problems.add("schema " + schema.getKey() + "." + property.getKey() + " is untyped: " + p);
                }
            }
        }
        assertThat(doc.at("/components/schemas").isEmpty()).as("named response schemas").isFalse();
        assertThat(problems).isEmpty();
    }

    /** The version the build gives the project, from the parent pom next to this module. */
    private static String projectVersion() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<artifactId>giamsat-tthc</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
