package vn.giamsat.domain.round;

import vn.giamsat.domain.common.FieldName;

/**
 * The codes of a supervision round's refusals that the round page puts beside a field, and the fields its rules
 * name, each declared once.
 */
public final class RoundReasons {
    private RoundReasons() {}

    public static final FieldName POSITION = FieldName.of("position", "chức vụ", "position");
    public static final FieldName DELEGATION_ROLE = FieldName.of("delegation-role", "vai trò trong đoàn", "delegation role");
    public static final FieldName FINDING_KIND = FieldName.of("finding-kind", "loại nhận xét", "finding kind");
    public static final FieldName ADDRESSEE = FieldName.of("addressee", "cơ quan, đơn vị được kiến nghị", "addressee");
    public static final FieldName FOLLOW_UP = FieldName.of("follow-up", "kết quả thực hiện", "follow-up");
    public static final FieldName FOLLOW_UP_DATE = FieldName.of("date", "ngày cập nhật", "date");

    public static final String ONE_HEAD = "round.one-head";
    public static final String UNIT_OUT_OF_SCOPE = "round.unit-out-of-scope";
    public static final String FOLLOW_UP_BEFORE_PREVIOUS = "recommendation.follow-up-date";
    /** The member's account is not a username, or is already another member's. */
    public static final String MEMBER_ACCOUNT = "round.member-account";
    public static final String MEMBER_ACCOUNT_TAKEN = "round.member-account-taken";
    /** The council did not exist (was not valid) on the date of the resolution establishing the round. */
    public static final String COUNCIL_NOT_VALID_ON_RESOLUTION = "round.council-not-on-resolution-date";
}
