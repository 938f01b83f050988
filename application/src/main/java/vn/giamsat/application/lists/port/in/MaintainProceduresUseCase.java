package vn.giamsat.application.lists.port.in;

import vn.giamsat.domain.procedure.Procedure;

/** Adds and changes procedures of the catalogue (administrators only). */
public interface MaintainProceduresUseCase {
    /** Refused when a procedure with this code exists: a new entry never overwrites another silently. */
    void create(Procedure procedure);

    /** Refused when no procedure has this code. */
    void change(Procedure procedure);
}
