package vn.giamsat.application.dossier.model;

import vn.giamsat.domain.unit.UnitCode;

/** A council (địa bàn) an actor may import dossiers for: one unit of its jurisdiction, with the unit's name. */
public record ImportCouncil(UnitCode code, String name) {}
