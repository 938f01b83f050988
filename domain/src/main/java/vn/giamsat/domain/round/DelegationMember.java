package vn.giamsat.domain.round;

import vn.giamsat.domain.common.Require;

/**
 * A member of the delegation.
 *
 * @param position the member's office, e.g. "Phó Chủ tịch HĐND huyện"
 */
public record DelegationMember(String fullName, String position, DelegationRole role) {
    public DelegationMember {
        fullName = Require.text(fullName, 120, "họ và tên", "full name");
        position = position == null || position.isBlank() ? null : Require.text(position, 300, RoundReasons.POSITION);
        Require.present(role, RoundReasons.DELEGATION_ROLE);
    }
}
