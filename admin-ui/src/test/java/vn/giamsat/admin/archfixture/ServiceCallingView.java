package vn.giamsat.admin.archfixture;

import vn.giamsat.application.round.service.RoundQueryService;

/** Calls a use case's implementation instead of its in-port. */
public class ServiceCallingView {
    public ServiceCallingView(RoundQueryService service) {
        service.listRounds();
    }
}
