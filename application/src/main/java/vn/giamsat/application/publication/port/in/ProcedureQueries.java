package vn.giamsat.application.publication.port.in;

import java.util.Optional;
import vn.giamsat.application.publication.port.in.ProcedureListing.PublicProcedure;

/** The public procedure catalogue as citizens search it. */
public interface ProcedureQueries {

    ProcedureListing search(ProcedureSearch search);

    Optional<PublicProcedure> procedure(String code);
}
