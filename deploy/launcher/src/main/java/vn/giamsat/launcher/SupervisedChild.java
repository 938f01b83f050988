package vn.giamsat.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A running (or finished) child process together with the log file its output goes to. */
public record SupervisedChild(ChildSpec spec, Process process) {

    public String name() {
        return spec.name();
    }

    public Path logFile() {
        return spec.logFile();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The last {@code count} lines of the child's log, for showing why it failed. */
    public List<String> lastLogLines(int count) {
        try {
            List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return new ArrayList<>(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (java.nio.charset.MalformedInputException e) {
            return lastLogLinesLenient(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A child may write bytes that are not UTF-8; show them replaced rather than nothing.
    private List<String> lastLogLinesLenient(int count) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile()), StandardCharsets.UTF_8).lines().toList();
            return new ArrayList<>(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
