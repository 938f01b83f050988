package vn.giamsat.application.unit.model;

public enum UnitSort { CODE, NAME, KIND, PARENT, VALID_FROM, VALID_TO }
