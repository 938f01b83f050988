package vn.giamsat.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks before anything starts that the ports the system needs are free, so the user gets one clear message. */
public final class Ports {

    private Ports() {
    }

    public static boolean isFree(int port) {
        // Both the loopback and the wildcard address: a program listening on either one blocks the port.
        return canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                && canBind(new InetSocketAddress(port));
    }

    /**
     * @param portsByUser e.g. {"PostgreSQL" -> 54329, "portal" -> 8080}
     * @throws LaunchFailure naming every busy port, what needs it and how to choose another one
     */
    public static void requireFree(Map<String, PortSetting> portsByUser) {
        Map<String, PortSetting> busy = new LinkedHashMap<>();
        portsByUser.forEach((user, setting) -> {
            if (!isFree(setting.port())) {
                busy.put(user, setting);
            }
        });
        if (busy.isEmpty()) {
            return;
        }
        String lines = busy.entrySet().stream()
                .map(e -> "  - " + e.getValue().port() + " (" + e.getKey() + "): đổi bằng / change with "
                        + e.getValue().howToChange())
                .collect(Collectors.joining("\n"));
        throw new LaunchFailure("""
                Cổng đang bị chương trình khác dùng. Hãy dừng chương trình đó hoặc chọn cổng khác.
                Port already in use. Stop the program using it or choose another port.
                """ + lines + "\n"
                + "Xem chương trình nào đang dùng cổng / see who uses it: ss -ltnp | grep :PORT");
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port and the property/environment variable that sets it. */
    public record PortSetting(int port, String howToChange) {
    }
}
