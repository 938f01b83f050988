package vn.giamsat.application.security;

import vn.giamsat.application.security.Actor;

/** Who is calling the use case now: the signed-in user of the current request, or the system. */
public interface CurrentActorPort {
    Actor current();
}
