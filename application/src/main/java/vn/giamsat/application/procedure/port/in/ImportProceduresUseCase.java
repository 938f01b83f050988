package vn.giamsat.application.procedure.port.in;

import java.util.List;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * Loads the procedure catalogue from the export of the national database of administrative procedures (Cơ sở dữ
 * liệu quốc gia về thủ tục hành chính, csdl.dichvucong.gov.vn), and the lists of which procedures each unit handles
 * (decision 033). Every row is checked first; a file with any problem changes nothing and every problem is
 * reported with its line (all or nothing). Administrators only.
 */
public interface ImportProceduresUseCase {

    /** Creates the procedures the catalogue lacks and replaces those it has, by code. */
    ProcedureImportOutcome importCatalogue(ProcedureFileCommand command);

    /**
     * Sets the published list of every unit the file names to the procedures of its rows, in the file's order
     * (units the file does not name keep theirs).
     */
    ProcedureImportOutcome importUnitLists(ProcedureFileCommand command);

    record ProcedureFileCommand(String fileName, byte[] content) {
        public ProcedureFileCommand {
            Require.present(content, "tệp thủ tục", "procedure file");
            format(fileName);
        }

        public FileFormat format() {
            return format(fileName);
        }

        private static FileFormat format(String fileName) {
            return FileFormat.ofFileName(fileName).orElseThrow(() -> new DomainRuleViolation(Reason.of("import.format",
                    "Tệp \"" + fileName + "\" không phải .csv hoặc .xlsx.",
                    "File \"" + fileName + "\" is not .csv or .xlsx.")));
        }
    }

    /**
     * @param created procedures created (catalogue) or units whose list was set (unit lists)
     * @param changed procedures replaced (catalogue), or procedures listed in all (unit lists); both 0 whenever
     *                {@code problems} is not empty
     */
    record ProcedureImportOutcome(int rows, int created, int changed, List<LineProblem> problems) {
        public ProcedureImportOutcome {
            problems = List.copyOf(problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** @param line the line (CSV) or row (XLSX) of the file, the header being line 1; 0 for the file as a whole */
    record LineProblem(long line, Reason reason) {}
}
