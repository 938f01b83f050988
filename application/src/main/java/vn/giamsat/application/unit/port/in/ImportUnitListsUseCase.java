package vn.giamsat.application.unit.port.in;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitReasons;

/**
 * Loads the catalogue from files (decision 026): the list of administrative units as the General Statistics Office
 * (Tổng cục Thống kê, danhmuchanhchinh.gso.gov.vn) exports it, and a merger list (danh sách sắp xếp) of old unit →
 * new unit with the resolution that decided it. Every row is checked first; a file with any problem changes nothing
 * and every problem is reported with its line (all or nothing). Administrators only.
 */
public interface ImportUnitListsUseCase {

    UnitImportOutcome importUnitList(UnitListCommand command);

    UnitImportOutcome importMergerList(MergerListCommand command);

    /** @param validFrom the day the list holds from: new units begin then, renamed units carry the new name from then */
    record UnitListCommand(String fileName, byte[] content, LocalDate validFrom) {
        public UnitListCommand {
            Require.present(content, "tệp danh mục", "unit list file");
            Require.present(validFrom, UnitReasons.VALID_FROM);
            formatOf(fileName);
        }

        public FileFormat format() {
            return formatOf(fileName);
        }
    }

    record MergerListCommand(String fileName, byte[] content) {
        public MergerListCommand {
            Require.present(content, "tệp danh sách sắp xếp", "merger list file");
            formatOf(fileName);
        }

        public FileFormat format() {
            return formatOf(fileName);
        }
    }

    private static FileFormat formatOf(String fileName) {
        return FileFormat.ofFileName(fileName).orElseThrow(() -> new DomainRuleViolation(Reason.of("import.format",
                "Tệp \"" + fileName + "\" không phải .csv hoặc .xlsx.", "File \"" + fileName + "\" is not .csv or .xlsx.")));
    }

    /**
     * @param created units created; {@code changed} units renamed or ended; both 0 whenever {@code problems} is not empty
     */
    record UnitImportOutcome(int rows, int created, int changed, List<LineProblem> problems) {
        public UnitImportOutcome {
            problems = List.copyOf(problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** @param line the line (CSV) or row (XLSX) of the file, the header being line 1; 0 for the file as a whole */
    record LineProblem(long line, Reason reason) {}
}
