package vn.giamsat.application.publication.port.in;

/** A unit as a link names it: its id (the stable address), its code and its name with the kind. */
public record UnitRef(String unitId, String code, String displayName) {}
