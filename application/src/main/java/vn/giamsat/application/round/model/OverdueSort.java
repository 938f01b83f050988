package vn.giamsat.application.round.model;

public enum OverdueSort { ROUND, ADDRESSEE, UNIT, DUE_DATE, DAYS_OVERDUE, STATUS }
