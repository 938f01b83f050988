package vn.giamsat.domain.unit;

import vn.giamsat.domain.common.FieldName;

/**
 * The codes of the unit catalogue's refusals and the fields its rules name, each declared once: the rule refuses with
 * the constant, the form puts the refusal beside the field mapped to the same constant.
 */
public final class UnitReasons {
    private UnitReasons() {}

    public static final FieldName UNIT = FieldName.of("unit", "đơn vị", "unit");
    public static final FieldName CODE = FieldName.of("unit-code", "mã đơn vị", "unit code");
    public static final FieldName NAME = FieldName.of("unit-name", "tên đơn vị", "unit name");
    public static final FieldName DECISION = FieldName.of("unit-decision", "văn bản quyết định", "deciding act");
    public static final FieldName KIND = FieldName.of("unit-kind", "loại đơn vị", "unit kind");
    public static final FieldName VALIDITY = FieldName.of("validity", "thời gian hiệu lực", "validity");
    public static final FieldName VALID_FROM = FieldName.of("valid-from", "ngày bắt đầu hiệu lực", "valid from");
    public static final FieldName MERGED_UNIT = FieldName.of("merged-unit", "đơn vị bị sáp nhập", "merged unit");
    public static final FieldName SUCCESSOR_UNIT = FieldName.of("successor-unit", "đơn vị kế thừa", "successor unit");
    public static final FieldName NEW_UNIT = FieldName.of("new-unit", "đơn vị mới", "new unit");
    public static final FieldName EFFECTIVE_DATE = FieldName.of("effective-date", "ngày có hiệu lực", "effective date");

    /** Every refusal of a malformed unit code starts with this. */
    public static final String CODE_PREFIX = "unit-code.";
    public static final String CODE_MISSING = CODE_PREFIX + "required";
    public static final String CODE_NOT_DIGITS = CODE_PREFIX + "digits";
    public static final String CODE_LENGTH = CODE_PREFIX + "length";

    /** Every refusal of a reversed validity starts with this. */
    public static final String VALIDITY_PREFIX = "validity.";
    public static final String VALIDITY_REVERSED = VALIDITY_PREFIX + "reversed";

    public static final String CODE_TAKEN = "unit.code-taken";
    public static final String CODE_TIER = "unit.code-tier";
    public static final String PARENT_REQUIRED = "unit.parent-required";
    public static final String SELF_SUCCESSOR = "unit.self-successor";
    public static final String ALREADY_ENDED = "unit.already-ended";
    public static final String SUCCESSOR_NOT_CURRENT = "unit.successor-not-current";
}
