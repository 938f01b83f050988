package vn.giamsat.application.archfixture.port.out;

import vn.giamsat.application.archfixture.port.in.LeakyQueries;

/** Breaks "out-ports know no in-port": takes a record nested in an in-port instead of one from model. */
public interface BadOutPort {
    long count(LeakyQueries.Search search);
}
