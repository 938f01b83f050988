package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.JdbcFigures;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.model.RejectedRow;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.dossier.service.ComputedFiguresService;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

class DossierImportTest {
    static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
            + "ngay_tra_ket_qua,trang_thai,rut_ho_so";
    static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 1, 12, 0);
    static final UUID PROVINCE = UUID.fromString("00000000-0000-0000-0000-000000000049");
    static final UUID PHU_THINH = UUID.fromString("00000000-0000-0000-0000-000000020364");
    static final UUID TAM_DAN = UUID.fromString("00000000-0000-0000-0000-000000020374");
    static final WorkingCalendar TET_2024 = WorkingCalendar.of(List.of(
            CalendarDay.holiday(LocalDate.of(2024, 2, 8), "Tết"), CalendarDay.holiday(LocalDate.of(2024, 2, 9), "Tết"),
            CalendarDay.holiday(LocalDate.of(2024, 2, 12), "Tết"), CalendarDay.holiday(LocalDate.of(2024, 2, 13), "Tết"),
            CalendarDay.holiday(LocalDate.of(2024, 2, 14), "Tết")));

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    /** Who imports; the history names them. */
    private Actor actor = Actor.theSystem();
    private final ImportDossiersUseCase imports = DossierImports.useCase(ds, TET_2024, NOW, () -> actor);
    private final JdbcComputedFigures computed = new JdbcComputedFigures(jdbc);

    @BeforeEach
    void catalog() {
        TestDatabase.truncateAll();
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) VALUES
                  ('00000000-0000-0000-0000-000000000049', '49', 'Tỉnh Quảng Nam', 'PROVINCE', NULL, '2008-01-01', NULL),
                  ('00000000-0000-0000-0000-000000020364', '20364', 'Thị trấn Phú Thịnh', 'TOWNSHIP',
                   '00000000-0000-0000-0000-000000000049', '2008-01-01', NULL),
                  ('00000000-0000-0000-0000-000000020374', '20374', 'Xã Tam Đàn', 'COMMUNE',
                   '00000000-0000-0000-0000-000000000049', '2008-01-01', '2025-07-01')
                """).update();
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, online_mode,
                                       postal_service_allowed) VALUES
                  ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 3, 'FULL', true),
                  ('2.000908', 'Chứng thực bản sao', 'Chứng thực', 'COMMUNE', NULL, 'PARTIAL', false)
                """).update();
    }

    static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** Four dossiers of February 2024: early, on time (due on a Tết day, resolved the next working day), late, open. */
    static String good() {
        return csv(
                "H-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,2024-02-05 15:00,Đã trả kết quả,0",
                "H-2,20364,1.001193,1,05/02/2024 09:00,08/02/2024 17:00,15/02/2024 09:00,,Đã giải quyết,0",
                "H-3,20374,2.000908,3,2024-02-01 08:00,2024-02-02 17:00,2024-02-20 08:00,,RESOLVED,0",
                "H-4,20374,2.000908,truc tiep,2024-02-26 08:00,2024-02-27 17:00,,,Đang giải quyết,0");
    }

    ImportResult run(String exportKey, byte[] file) {
        return run(exportKey, file, FileFormat.CSV, new Cancellation());
    }

    ImportResult run(String exportKey, byte[] file, FileFormat format, Cancellation cancellation) {
        return imports.importDossiers(new ImportDossiersCommand(exportKey, exportKey + ".csv", format,
                () -> new ByteArrayInputStream(file)), (p, r, b) -> {}, cancellation);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything an import may touch, to prove a refused one touched nothing. */
    String fingerprint() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM dossier) || '/' || (SELECT count(*) FROM dossier_import) || '/'
                    || (SELECT coalesce(sum(received_direct + received_online + received_postal), 0) FROM dossier_tally) || '/'
                    || (SELECT coalesce(string_agg(relname, ',' ORDER BY relname), '') FROM pg_class
                         WHERE relname ~ '^dossier_i[0-9]+$' AND relkind = 'r')
                    || '/' || (SELECT coalesce(string_agg(export_key || sha256, ','), '') FROM dossier_import)
                    || '/' || (SELECT count(*) FROM dossier_import_code_hashes)
                """).query(String.class).single();
    }

    @Test
    void importsAFileAndComputesTheFiguresOnWorkingDays() {
        ImportResult result = run("hcc-2024-02", utf8(good()));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) result).rows()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT string_agg(dossier_code || '=' || outcome, ' ' ORDER BY line_no) FROM dossier")
                .query(String.class).single())
                .isEqualTo("H-1=EARLY H-2=ON_TIME H-3=LATE H-4=IN_PROGRESS_OVERDUE");
        List<HandlingFigures> totals = computed.totalsUnder(new UnitId(PROVINCE), Period.of(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29)));
        assertThat(totals).hasSize(2);
        HandlingFigures phuThinh = totals.stream().filter(f -> f.unit().value().equals(PHU_THINH)).findFirst().orElseThrow();
        assertThat(phuThinh.source()).isEqualTo(FiguresSource.COMPUTED_FROM_DOSSIERS);
        assertThat(List.of(phuThinh.received(), phuThinh.early(), phuThinh.onTime(), phuThinh.late(), phuThinh.receivedOnline()))
                .containsExactly(Count.of(2), Count.of(1), Count.of(1), Count.of(0), Count.of(1));
        assertThat(computed.byProcedureAndChannel(new UnitId(TAM_DAN), Period.year(2024)))
                .extracting(f -> f.procedure() + "/" + f.channel() + "/" + f.received())
                .containsExactly("2.000908/DIRECT/1", "2.000908/POSTAL/1");
        assertThat(imports.imports()).singleElement().satisfies(r -> assertThat(r.rows()).isEqualTo(4));
    }

    @Test
    void thePublishedSampleFileImports() throws IOException {
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../../docs/samples/ho-so-mau.csv"));

        ImportResult result = run("sample", sample);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Imported.class, i -> assertThat(i.rows()).isEqualTo(5));
        // The third dossier has no due date: 3 working days from Wednesday 7 Feb 2024 across Tết is Monday 19.
        assertThat(jdbc.sql("SELECT due_at::date::text FROM dossier WHERE dossier_code LIKE '%-0003'").query(String.class)
                .single()).isEqualTo("2024-02-19");
    }

    @Test
    void theSameFileAgainChangesNothing() {
        run("hcc-2024-02", utf8(good()));
        String before = fingerprint();

        ImportResult again = run("hcc-2024-02", utf8(good()));

        assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aCorrectedFileReplacesTheEarlierRowsOfItsExport() {
        run("hcc-2024-02", utf8(good()));
        run("hcc-2024-01", utf8(csv("J-1,20364,1.001193,2,2024-01-03 08:00,2024-01-08 17:00,2024-01-04 08:00,,RESOLVED,0")));

        ImportResult corrected = run("hcc-2024-02", utf8(csv(
                "H-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-07 10:00,,RESOLVED,0")));

        assertThat(corrected).isInstanceOfSatisfying(ImportResult.Imported.class,
                i -> assertThat(i.replacedRows()).isEqualTo(4));
        assertThat(jdbc.sql("SELECT string_agg(dossier_code || '=' || outcome, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single()).isEqualTo("H-1=LATE J-1=EARLY");
        assertThat(computed.totalsUnder(new UnitId(PROVINCE), Period.year(2024)))
                .singleElement().satisfies(f -> assertThat(f.received()).isEqualTo(Count.of(2)));
    }

    @Test
    void bomNfdTextAndQuotedSeparatorsAreRead() {
        String nfdStatus = Normalizer.normalize("Đã trả kết quả", Normalizer.Form.NFD);
        String nfdChannel = Normalizer.normalize("Trực tuyến", Normalizer.Form.NFD);
        assertThat(nfdStatus).isNotEqualTo("Đã trả kết quả");
        String file = "\uFEFF" + HEADER.replace(',', ';') + "\n"
                + "\"A;1\"\"x\";20364;1.001193;" + nfdChannel + ";2024-02-01 08:00;2024-02-06 17:00;"
                + "2024-02-02 08:00;2024-02-02 09:00;\"" + nfdStatus + "\";không\n";

        ImportResult result = run("bom", utf8(file));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("SELECT dossier_code || '|' || channel || '|' || status FROM dossier").query(String.class).single())
                .isEqualTo("A;1\"x|2|RETURNED");
    }

    @Test
    void anEmptyDueDateIsComputedInWorkingDaysFromTheProcedure() {
        // Received Wednesday 7 Feb 2024, 3 working days, Tết from 8 to 14: due Monday 19.
        ImportResult result = run("due", utf8(csv(
                "D-1,20364,1.001193,1,2024-02-07 08:00,,2024-02-16 08:00,,RESOLVED,0")));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("SELECT due_at::text || ' ' || outcome FROM dossier").query(String.class).single())
                .isEqualTo("2024-02-19 17:00:00 EARLY");
    }

    record Adversarial(String name, byte[] file, long line, String column, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Adversarial> adversarialFiles() {
        String ok = "Z-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,RESOLVED,0";
        List<Adversarial> out = new ArrayList<>();
        out.add(new Adversarial("duplicate codes", utf8(csv(ok, "Z-2,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0",
                ok)), 4, "ma_ho_so", "import.duplicate-code"));
        out.add(new Adversarial("a date in the future", utf8(csv(ok,
                "Z-2,20364,1.001193,2,2024-03-05 08:00,2024-03-06 17:00,,,RECEIVED,0")), 3, "ngay_tiep_nhan",
                "dossier.future-date"));
        out.add(new Adversarial("resolved before received", utf8(csv(
                "Z-2,20364,1.001193,2,2024-02-05 08:00,2024-02-06 17:00,2024-02-01 10:00,,RESOLVED,0", ok)), 2,
                "ngay_giai_quyet", "dossier.resolved-before-received"));
        out.add(new Adversarial("an unknown unit", utf8(csv(ok,
                "Z-2,99999,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0")), 3, "ma_don_vi",
                "import.unknown-unit"));
        out.add(new Adversarial("an unknown procedure", utf8(csv(ok,
                "Z-2,20364,9.999999,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0")), 3, "ma_thu_tuc",
                "import.unknown-procedure"));
        out.add(new Adversarial("an impossible date", utf8(csv(ok,
                "Z-2,20364,1.001193,2,2024-02-30 08:00,2024-03-01 17:00,,,RECEIVED,0")), 3, "ngay_tiep_nhan",
                "import.impossible-date"));
        out.add(new Adversarial("a missing value", utf8(csv(ok,
                "Z-2,20364,1.001193,,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0")), 3, "kenh",
                "import.missing-value"));
        out.add(new Adversarial("a negative channel code", utf8(csv(ok,
                "Z-2,20364,1.001193,-1,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0")), 3, "kenh", "import.channel"));
        out.add(new Adversarial("an empty file", new byte[0], 1, null, "import.empty"));
        out.add(new Adversarial("a header and nothing else", utf8(HEADER + "\n"), 1, null, "import.empty"));
        out.add(new Adversarial("a huge line", utf8(csv(ok, "Z-2," + "9".repeat(100_000) + ",x", ok.replace("Z-1", "Z-3"))),
                3, null, "import.broken-row"));
        out.add(new Adversarial("a truncated last row", utf8(csv(ok) + "Z-2,20364,1.001193,2,2024-02-0"), 3, null,
                "import.column-count"));
        out.add(new Adversarial("a quote left open at the end", utf8(csv(ok) + "\"Z-2,20364,1.001193"), 3, null,
                "import.broken-row"));
        out.add(new Adversarial("a missing column", utf8(HEADER.replace(",kenh", "") + "\nZ-1\n"), 1, "kenh",
                "import.missing-column"));
        out.add(new Adversarial("not UTF-8", new byte[] {'a', 'b', (byte) 0xC3, '(', '\n'}, 0, null, "import.encoding"));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialFiles")
    void anAdversarialFileIsRefusedWithTheRowsReasonAndChangesNothing(Adversarial a) throws IOException {
        run("earlier", utf8(good()));
        String before = fingerprint();

        ImportResult result = run("adversarial", a.file());

        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        var report = ((ImportResult.Rejected) result).report();
        assertThat(report.first()).extracting(RejectedRow::line, RejectedRow::column, r -> r.reason().code())
                .contains(org.assertj.core.groups.Tuple.tuple(a.line(), a.column(), a.code()));
        ByteArrayOutputStream download = new ByteArrayOutputStream();
        report.writeCsv(download);
        assertThat(download.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFdong;cot;ma_loi").contains(a.code());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void everyBadRowIsReportedNotJustTheFirst() {
        ImportResult result = run("many", utf8(csv(
                "B-1,99999,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0",
                "B-2,20364,1.001193,9,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0",
                "B-3,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,maybe")));
        assertThat(((ImportResult.Rejected) result).report().first()).extracting(RejectedRow::line, RejectedRow::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "ma_don_vi"),
                        org.assertj.core.groups.Tuple.tuple(3L, "kenh"), org.assertj.core.groups.Tuple.tuple(4L, "rut_ho_so"));
    }

    @Test
    void aCancelledImportLeavesNothingBehind() {
        run("earlier", utf8(good()));
        String before = fingerprint();
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 25_000; i++) {
            big.append("C-").append(i).append(",20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0\n");
        }
        List<ImportPhase> phases = new ArrayList<>();

        ImportResult result = imports.importDossiers(new ImportDossiersCommand("cancelled", "c.csv", FileFormat.CSV,
                () -> new ByteArrayInputStream(utf8(big.toString()))), (p, r, b) -> phases.add(p), cancel);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Cancelled.class,
                c -> assertThat(c.rowsRead()).isEqualTo(10_000));
        assertThat(phases).contains(ImportPhase.READING);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void readsTheFirstSheetOfAnXlsxFile() throws IOException {
        // Shared strings, inline strings, a serial date (45323.5 = 2024-02-01 12:00) and trailing cells left out.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // The parts every workbook has, so that it opens as an Office package.
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>"));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"ho_so\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>"));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(utf8("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>Đã giải quyết</t></si><si><r><t>20</t></r><r><t>364</t></r></si></sst>"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            String[] head = HEADER.split(",");
            for (int i = 0; i < head.length; i++) {
                sheet.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>").append(head[i])
                        .append("</t></is></c>");
            }
            sheet.append("</row><row r=\"2\">")
                    .append("<c r=\"A2\" t=\"inlineStr\"><is><t>X-1</t></is></c>")
                    .append("<c r=\"B2\" t=\"s\"><v>1</v></c>")
                    .append("<c r=\"C2\" t=\"inlineStr\"><is><t>1.001193</t></is></c>")
                    .append("<c r=\"D2\"><v>2</v></c>")
                    .append("<c r=\"E2\"><v>45323.5</v></c>")
                    .append("<c r=\"F2\" t=\"inlineStr\"><is><t>2024-02-06 17:00</t></is></c>")
                    .append("<c r=\"G2\"><v>45324.25</v></c>")
                    .append("<c r=\"I2\" t=\"s\"><v>0</v></c>")
                    .append("<c r=\"J2\"><v>0</v></c>")
                    .append("</row><row r=\"3\"/></sheetData></worksheet>");
            zip.write(utf8(sheet.toString()));
        }

        ImportResult result = run("xlsx", bytes.toByteArray(), FileFormat.XLSX, new Cancellation());

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("SELECT dossier_code || ' ' || unit_code || ' ' || received_at || ' ' || resolved_at || ' ' || outcome FROM dossier")
                .query(String.class).single()).isEqualTo("X-1 20364 2024-02-01 12:00:00 2024-02-02 06:00:00 EARLY");
    }

    @Test
    void computedFiguresAreComparedWithTheSelfReport() {
        run("hcc-2024-02", utf8(good()));
        Period february = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        new JdbcFigures(jdbc).save(HandlingFigures.builder(new UnitId(PHU_THINH), february, FiguresSource.SELF_REPORTED)
                .received(2).early(2).onTime(0).late(0).build(), null);
        // The province reported February (and January) but the export holds none of its own dossiers.
        new JdbcFigures(jdbc).save(HandlingFigures.builder(new UnitId(PROVINCE), february, FiguresSource.SELF_REPORTED)
                .received(500).build(), null);
        new JdbcFigures(jdbc).save(HandlingFigures.builder(new UnitId(PROVINCE),
                Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), FiguresSource.SELF_REPORTED)
                .received(400).build(), null);

        List<FiguresComparison> comparison = new ComputedFiguresService(computed, new JdbcFigures(jdbc),
                new vn.giamsat.adapters.persistence.JdbcUnitCatalog(jdbc,
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(ds)),
                new vn.giamsat.application.security.AccessPolicy(vn.giamsat.application.security.Actor::theSystem, null))
                .compareUnder(new UnitId(PROVINCE), february);

        assertThat(comparison).hasSize(3);
        FiguresComparison province = comparison.stream().filter(c -> c.unit().value().equals(PROVINCE)).findFirst()
                .orElseThrow();
        assertThat(province.withoutDossiers()).isTrue();
        assertThat(province.computed()).isEmpty();
        assertThat(province.selfReported().orElseThrow().received()).isEqualTo(Count.of(500));
        assertThat(province.needsAttention()).isTrue();

        FiguresComparison phuThinh = comparison.stream().filter(c -> c.unit().value().equals(PHU_THINH)).findFirst().orElseThrow();
        assertThat(phuThinh.monthAligned()).isTrue();
        assertThat(phuThinh.differences()).extracting(FiguresComparison.Difference::figureEnglish,
                        FiguresComparison.Difference::computed, FiguresComparison.Difference::reported)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Early", 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple("On time", 1L, 0L));
        FiguresComparison tamDan = comparison.stream().filter(c -> c.unit().value().equals(TAM_DAN)).findFirst().orElseThrow();
        assertThat(tamDan.selfReported()).isEmpty();
        assertThat(tamDan.agrees()).isTrue();
    }

    @Test
    void aDossierOfAnotherExportIsRefusedNamingThatExportAndLine() {
        run("hcc-2024-02", utf8(good()));
        String before = fingerprint();

        // March's export repeats H-3 (line 4 of February's file) on its line 3.
        ImportResult result = run("hcc-2024-03", utf8(csv(
                "M-1,20364,1.001193,2,2024-02-27 08:00,2024-02-29 17:00,,,RECEIVED,0",
                "H-3,20374,2.000908,3,2024-02-01 08:00,2024-02-02 17:00,2024-02-20 08:00,,RESOLVED,0")));

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, r -> {
            assertThat(r.report().total()).isEqualTo(1);
            RejectedRow row = r.report().first().getFirst();
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.column()).isEqualTo("ma_ho_so");
            assertThat(row.value()).isEqualTo("H-3");
            assertThat(row.reason().code()).isEqualTo("import.code-in-other-export");
            assertThat(row.reason().vietnamese()).contains("\"hcc-2024-02\"", "dòng 4");
        });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theSameDossierMayMoveWhenItsExportIsReplaced() {
        run("hcc-2024-02", utf8(good()));
        // February corrected without H-4: March may then hold it.
        run("hcc-2024-02", utf8(csv(
                "H-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,2024-02-05 15:00,RETURNED,0")));

        ImportResult march = run("hcc-2024-03", utf8(csv(
                "H-4,20374,2.000908,1,2024-02-26 08:00,2024-02-27 17:00,2024-02-28 08:00,,RESOLVED,0")));
        // And a corrected March file that still holds it replaces March: its own old rows are no conflict.
        ImportResult marchAgain = run("hcc-2024-03", utf8(csv(
                "H-4,20374,2.000908,1,2024-02-26 08:00,2024-02-27 17:00,2024-02-27 08:00,,RESOLVED,0")));

        assertThat(march).isInstanceOf(ImportResult.Imported.class);
        assertThat(marchAgain).isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("SELECT string_agg(dossier_code || '=' || outcome, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single()).isEqualTo("H-1=EARLY H-4=ON_TIME");
    }

    @Test
    void anImportStoredWithoutHashesIsStillComparedBySql() {
        run("hcc-2024-02", utf8(good()));
        // As if imported before the hashes were kept (or past the in-memory limit).
        jdbc.sql("DELETE FROM dossier_import_code_hashes").update();

        ImportResult result = run("hcc-2024-03", utf8(csv(
                "H-2,20364,1.001193,1,05/02/2024 09:00,08/02/2024 17:00,15/02/2024 09:00,,RESOLVED,0")));

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class,
                r -> assertThat(r.report().first()).extracting(RejectedRow::line).containsExactly(2L));
    }

    @Test
    void everyColumnIsStoredAsWritten() {
        ImportResult result = run("old", utf8(csv(
                "X/1\\a,20364,1.001193,3,2023-12-31 23:59:58,2024-01-05 17:00:01,2024-01-04 08:00:59,,RESOLVED,1")));

        assertThat(result).as("%s", result instanceof ImportResult.Rejected r ? r.report().first() : result)
                .isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("""
                SELECT concat_ws('|', line_no, dossier_code, unit_code, procedure_code, channel, received_at, due_at,
                       resolved_at, coalesce(returned_at::text, 'null'), status, withdrawn, outcome) FROM dossier""")
                .query(String.class).single())
                .isEqualTo("2|X/1\\a|20364|1.001193|3|2023-12-31 23:59:58|2024-01-05 17:00:01|2024-01-04 08:00:59|null"
                        + "|RESOLVED|t|WITHDRAWN");
    }

    @Test
    void theHistoryKeepsEveryAttemptWithWhoAndHowItEnded() {
        // Both of council 49: the system's own imports (no council) would be another council's exports (decision 019).
        actor = DossierImports.staff("Trần Văn A");
        run("hcc-2024-02", utf8(good()));
        run("hcc-2024-02", utf8(good()));
        run("bad", utf8(csv("B-1,99999,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0")));
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        run("cancelled", utf8(good() + "H-5,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,,,RECEIVED,0\r\n"),
                FileFormat.CSV, cancel);
        actor = DossierImports.staff("Nguyễn Thị B");
        imports.importDossiers(new ImportDossiersCommand("hcc-2024-02", "sua.csv", FileFormat.CSV,
                () -> new ByteArrayInputStream(utf8(csv(
                        "H-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-07 10:00,,RESOLVED,0")))),
                (p, r, b) -> {}, new Cancellation());

        assertThat(imports.historySize()).isEqualTo(5);
        assertThat(imports.history(0, 10)).extracting(a -> a.exportKey() + " " + a.status() + " " + a.rows() + " "
                        + a.rejectedRows() + " " + a.replacedRows() + " " + a.importedBy())
                .containsExactly(
                        "hcc-2024-02 IMPORTED 1 0 4 Nguyễn Thị B",
                        "cancelled CANCELLED 5 0 0 Trần Văn A",
                        "bad REJECTED 1 1 0 Trần Văn A",
                        "hcc-2024-02 UNCHANGED 0 0 0 Trần Văn A",
                        "hcc-2024-02 REPLACED 4 0 0 Trần Văn A");
        assertThat(imports.history(1, 2)).extracting(a -> a.status().name()).containsExactly("CANCELLED", "REJECTED");
        assertThat(imports.history(0, 10).getLast().sha256()).hasSize(64);
    }
}
