package vn.giamsat.application.round.model;

public enum RoundSort { RESOLUTION, SUBJECT, COUNCIL, PERIOD, STATUS, UNITS, FINDINGS, RECOMMENDATIONS }
