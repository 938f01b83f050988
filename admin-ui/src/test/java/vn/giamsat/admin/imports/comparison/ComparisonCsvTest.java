package vn.giamsat.admin.imports.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.fileimport.TableFiles;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.common.TableFilePort.Table;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/** Issue 14, item 9: a unit named like a formula is written as text; a negative difference stays a number. */
class ComparisonCsvTest {
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    static final String LINK = "=HYPERLINK(\"http://evil.example\",\"Xã An Hòa\")";

    @Test
    void a_unit_named_as_a_formula_is_neutralized_and_reads_back_as_its_name() throws Exception {
        UnitId unit = UnitId.random();
        FiguresComparison c = new FiguresComparison(unit,
                Optional.of(HandlingFigures.builder(unit, FEBRUARY, FiguresSource.COMPUTED_FROM_DOSSIERS).received(10).build()),
                Optional.of(HandlingFigures.builder(unit, FEBRUARY, FiguresSource.SELF_REPORTED).received(9).build()), true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ComparisonCsv.write(List.of(new ComparisonRow("-20401", LINK, c)), FEBRUARY, out);

        String line = out.toString(StandardCharsets.UTF_8).lines().toList().get(1);
        assertThat(line).startsWith("'-20401;\"'=HYPERLINK(").contains(";10;9;-1;");
        try (Table t = new TableFiles().open(FileFormat.CSV, new ByteArrayInputStream(out.toByteArray()))) {
            t.next();
            t.next();
            assertThat(t.fields().subList(0, 2)).containsExactly("-20401", LINK);
        }
    }
}
