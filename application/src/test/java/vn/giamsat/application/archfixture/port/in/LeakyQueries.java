package vn.giamsat.application.archfixture.port.in;

import vn.giamsat.application.archfixture.port.out.BadOutPort;
import vn.giamsat.application.archfixture.service.FixtureService;

/** Breaks "in-ports know neither out-ports nor services": hands the screen an out-port and a service. */
public interface LeakyQueries {
    BadOutPort store();

    FixtureService service();

    record Search(String text) {}
}
