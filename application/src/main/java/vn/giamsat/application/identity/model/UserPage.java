package vn.giamsat.application.identity.model;

import java.util.List;

/** One page of a user search, with how many users match in all. */
public record UserPage(List<DirectoryUser> users, int total) {
    public UserPage {
        users = List.copyOf(users);
        if (total < users.size()) {
            throw new IllegalArgumentException("total " + total + " < page size " + users.size());
        }
    }
}
