package vn.giamsat.domain.procedure;

import vn.giamsat.domain.common.FieldName;

/** The codes of the procedure catalogue's refusals and the fields its rules name, each declared once. */
public final class ProcedureReasons {
    private ProcedureReasons() {}

    public static final FieldName CODE = FieldName.of("procedure-code", "mã thủ tục", "procedure code");
    public static final FieldName NAME = FieldName.of("procedure-name", "tên thủ tục", "procedure name");
    public static final FieldName FIELD = FieldName.of("field", "lĩnh vực", "field");
    public static final FieldName AUTHORITY_LEVEL = FieldName.of("authority-level", "cấp thực hiện", "authority level");
    public static final FieldName ONLINE_MODE = FieldName.of("online-mode", "mức độ trực tuyến", "online mode");

    /** Every refusal of a malformed procedure code starts with this. */
    public static final String CODE_PREFIX = "procedure-code.";
    public static final String CODE_MISSING = CODE_PREFIX + "required";
    public static final String CODE_MALFORMED = CODE_PREFIX + "format";

    public static final String CODE_TAKEN = "procedure.code-taken";
    public static final String TIME_LIMIT = "procedure.time-limit";
}
