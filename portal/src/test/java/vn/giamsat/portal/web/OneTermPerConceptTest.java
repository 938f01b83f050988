package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One term per concept in what citizens and staff read (issue 15.10), as in the circulars: "trước hạn", "đúng hạn",
 * "quá hạn"; "hủy", "hóa" (the tone mark on the first vowel of oa, oe, uy, as the legal texts write it); "điểm phần
 * trăm"; "Cơ quan, đơn vị được kiến nghị". Scans the portal's templates and messages, the admin UI's translation
 * bundles and the report's wording. The source's own words in quotation marks (“…”) keep their spelling.
 */
class OneTermPerConceptTest {
    private static final Path ROOT = Path.of("..");

    /** Banned variant → the term to use instead. */
    private static final List<Banned> BANNED = List.of(
            new Banned("trễ hạn", "quá hạn"),
            new Banned("trễ hẹn", "quá hạn"),
            new Banned("điểm %", "điểm phần trăm"),
            new Banned("Nơi nhận kiến nghị", "Cơ quan, đơn vị được kiến nghị"),
            // the recommendation's addressee; "Nơi nhận:" (with its colon) is the document's list of recipients
            // that Decree 30/2020 prescribes, a different concept, and stays
            new Banned("=Nơi nhận\\s*$|>Nơi nhận<", "Cơ quan, đơn vị được kiến nghị"),
            // new-style tone placement ("hoá", "huỷ", "khoá", "thoả"): the legal texts write "hóa", "hủy", "khóa", "thỏa"
            new Banned("(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\\p{L})", "the tone mark on the first vowel (hóa, hủy)"));

    record Banned(String regex, String instead) {
        Pattern pattern() {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        }
    }

    static Stream<Path> scanned() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(ROOT.resolve("portal/src/main/resources/templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(files::add);
        }
        files.add(ROOT.resolve("portal/src/main/resources/messages_vi.properties"));
        files.add(ROOT.resolve("admin-ui/src/main/resources/i18n/messages.properties"));
        try (Stream<Path> report = Files.walk(ROOT.resolve("adapters/reporting/src/main/java"))) {
            report.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        files.add(ROOT.resolve("application/src/main/java/vn/giamsat/application/round/service/ReportWording.java"));
        return files.stream();
    }

    @Test
    void the_portal_the_admin_ui_and_the_report_use_one_term_per_concept() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : scanned().toList()) {
            String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
            if (file.toString().endsWith(".java")) {
                text = text.replaceAll("(?m)^\\s*(\\*|//).*$", ""); // comments are not read by anyone outside
            }
            String outsideQuotations = text.replaceAll("“[^”\\n]*”", "“…”");
            for (Banned banned : BANNED) {
                Matcher m = banned.pattern().matcher(outsideQuotations);
                while (m.find()) {
                    int line = outsideQuotations.substring(0, m.start()).split("\n", -1).length;
                    found.add(ROOT.relativize(file) + ":" + line + " \"" + m.group() + "\" → " + banned.instead());
                }
            }
        }
        assertThat(found).as("banned variants (use the circulars' term)").isEmpty();
    }

    @Test
    void the_scan_catches_each_variant() {
        for (String sample : List.of("Trễ hạn", "trễ hẹn 204", "+1,5 điểm %", "rec.addressee=Nơi nhận kiến nghị",
                "overdue.column.addressee=Nơi nhận", "Đã huỷ", "cụ thể hoá", "Đã khoá")) {
            assertThat(BANNED.stream().anyMatch(b -> b.pattern().matcher(sample).find())).as(sample).isTrue();
        }
        for (String allowed : List.of("Quá hạn", "Đã hủy", "cụ thể hóa", "quý", "Nơi nhận:", "hoàn thành", "Thủy")) {
            assertThat(BANNED.stream().noneMatch(b -> b.pattern().matcher(allowed).find())).as(allowed).isTrue();
        }
    }
}
