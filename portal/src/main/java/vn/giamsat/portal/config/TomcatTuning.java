package vn.giamsat.portal.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket write buffer sized for a whole page: a published page is sent from memory, headers and body
 * in one write, instead of an 8 KiB buffer that splits a 10 KiB page in two (measured: the unit page cost 63 µs of
 * CPU per request against 44 µs for the 5 KiB search page). 32 KiB per open connection.
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> pageSizedWriteBuffer(
            @Value("${giamsat.portal.socket-write-buffer:32768}") int bytes) {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes)));
    }
}
