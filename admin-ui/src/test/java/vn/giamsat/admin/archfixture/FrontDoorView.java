package vn.giamsat.admin.archfixture;

import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.round.model.RoundSort;
import vn.giamsat.application.round.port.in.RoundListingQueries;
import vn.giamsat.application.security.Role;

/** Uses only what a view may: an in-port, a model, a common value and a security value. Breaks no rule. */
public class FrontDoorView {
    public FrontDoorView(RoundListingQueries rounds, Role role) {
        PageRequest<RoundSort> page = null;
        role.toString();
        rounds.toString();
        String.valueOf(page);
    }
}
