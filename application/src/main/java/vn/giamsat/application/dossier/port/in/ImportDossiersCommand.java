package vn.giamsat.application.dossier.port.in;

import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.FileSource;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.FieldName;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitCode;

/**
 * @param exportKey names the export (e.g. "hcc-2024-01"): importing a file under a key already imported replaces
 *                  that export's dossiers; the same file again changes nothing
 * @param format    null: taken from the file name's extension
 * @param council   the council (địa bàn) the export belongs to, one of the actor's jurisdiction units; null: the
 *                  actor's only one (the system: no council, the whole catalogue)
 */
public record ImportDossiersCommand(String exportKey, String fileName, FileFormat format, FileSource source,
                                    UnitCode council) {
    public ImportDossiersCommand(String exportKey, String fileName, FileFormat format, FileSource source) {
        this(exportKey, fileName, format, source, null);
    }

    public static final FieldName EXPORT_KEY = FieldName.of("export-key", "mã lần xuất dữ liệu", "export key");
    public static final String EXPORT_KEY_FORMAT = "export-key.format";

    public ImportDossiersCommand {
        exportKey = Require.text(exportKey, 100, EXPORT_KEY);
        if (!exportKey.matches("[A-Za-z0-9._-]+")) {
            throw new DomainRuleViolation(Reason.of(EXPORT_KEY_FORMAT,
                    "Mã lần xuất dữ liệu chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.",
                    "An export key may contain ASCII letters, digits, dots, dashes and underscores only."));
        }
        fileName = Require.text(fileName, 255, "tên tệp", "file name");
        Require.present(source, "tệp", "file");
        if (format == null) {
            String name = fileName;
            format = FileFormat.ofFileName(name).orElseThrow(() -> new DomainRuleViolation(Reason.of(
                    "import.format", "Chỉ nhận tệp .csv hoặc .xlsx (\"" + name + "\").",
                    "Only .csv or .xlsx files are accepted (\"" + name + "\").")));
        }
    }
}
