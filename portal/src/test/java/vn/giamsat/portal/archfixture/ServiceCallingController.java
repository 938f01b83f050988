package vn.giamsat.portal.archfixture;

import vn.giamsat.application.publication.service.PublishedRoundQueryService;

/**
 * A planted violation for {@code PortalRuleCatchesViolationsTest}: a controller calling a use case's implementation
 * instead of its in-port. Test sources, so the real rule never sees it.
 */
public class ServiceCallingController {
    public ServiceCallingController(PublishedRoundQueryService service) {
        service.toString();
    }
}
