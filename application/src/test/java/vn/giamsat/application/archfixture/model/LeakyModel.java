package vn.giamsat.application.archfixture.model;

import vn.giamsat.application.archfixture.port.out.BadOutPort;

/** Breaks "model knows no port": a shared value carrying an out-port. */
public record LeakyModel(BadOutPort port) {}
