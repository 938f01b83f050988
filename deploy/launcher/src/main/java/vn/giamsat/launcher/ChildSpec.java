package vn.giamsat.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One child process the launcher runs: what to execute, where its output goes and how to tell it is ready.
 * Not tied to Java: a later Keycloak child ({@code kc.sh start ...} with its own health URL) fits the same shape.
 *
 * @param name           short name used in messages and as the log file's stem
 * @param command        program and arguments
 * @param environment    variables added to the launcher's own environment
 * @param logFile        where stdout and stderr go (truncated at start)
 * @param healthUrl      answers HTTP 200 once the child is ready
 * @param startupTimeout how long to wait for that 200
 */
public record ChildSpec(String name, List<String> command, Map<String, String> environment, Path logFile,
                        URI healthUrl, Duration startupTimeout) {

    public ChildSpec {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(healthUrl, "healthUrl");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
    }
}
