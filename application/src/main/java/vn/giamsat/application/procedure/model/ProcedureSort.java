package vn.giamsat.application.procedure.model;

public enum ProcedureSort { CODE, NAME, FIELD, TIME_LIMIT, ONLINE_MODE, POSTAL }
