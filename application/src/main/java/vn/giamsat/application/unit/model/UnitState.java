package vn.giamsat.application.unit.model;

/** Where a unit stands today: current, merged into others, or dissolved without successor. */
public enum UnitState { CURRENT, MERGED, DISSOLVED }
