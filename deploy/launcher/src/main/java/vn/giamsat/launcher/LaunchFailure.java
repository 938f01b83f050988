package vn.giamsat.launcher;

/**
 * A reason the launcher cannot go on, worded for the person at the terminal (Vietnamese first, English
 * second). The launcher prints the message and exits non-zero; no stack trace.
 */
public final class LaunchFailure extends RuntimeException {

    public LaunchFailure(String message) {
        super(message);
    }

    public LaunchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
