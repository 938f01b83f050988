package vn.giamsat.application.figures.port.in;

import vn.giamsat.application.figures.model.SheetFormat;

import java.util.List;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.RoundId;

/**
 * Imports units' figures for a round from a CSV or XLSX file: every row is checked first, and the file is
 * stored only when no row has an error (all or nothing).
 */
public interface FiguresImportUseCase {

    ImportOutcome importFile(ImportFiguresCommand command);

    /** The template to fill in, with the columns the import reads and one example row. */
    byte[] template(SheetFormat format);

    record ImportFiguresCommand(RoundId round, String fileName, byte[] content) {
        public ImportFiguresCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(content, "tệp số liệu", "figures file");
            if (SheetFormat.ofFileName(fileName).isEmpty()) {
                throw new DomainRuleViolation(Reason.of("import.format",
                        "Tệp \"" + fileName + "\" không phải .csv hoặc .xlsx.", "File \"" + fileName + "\" is not .csv or .xlsx."));
            }
        }

        public SheetFormat format() {
            return SheetFormat.ofFileName(fileName).orElseThrow();
        }
    }

    /** @param imported rows stored; 0 whenever {@code errors} is not empty */
    record ImportOutcome(int rows, int imported, List<RowError> errors) {
        public ImportOutcome {
            errors = List.copyOf(errors);
        }

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /** @param line the line in the file (header is line 1) */
    record RowError(int line, Reason reason) {}
}
