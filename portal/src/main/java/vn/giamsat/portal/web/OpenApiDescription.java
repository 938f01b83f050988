package vn.giamsat.portal.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the public read API (/v3/api-docs/public), issue 18 item 4: the project's own title
 * and version, the licence the open data page states, no credentials (an empty security requirement: the API is
 * public and read only), the error answers the portal really gives, and each column's meaning from the one list of
 * columns that the CSV and the open data page use too ({@link OpenDataSets}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {
    static final String TITLE = "Giám sát TTHC — dữ liệu mở / open data API";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /**
     * Names the configured address as the server. With servers in this bean springdoc does not compute one from the
     * request (whose Host a client chooses).
     */
    @Bean
    OpenAPI publicApi(PublicBaseUrl publicBaseUrl, @Value("${giamsat.portal.version}") String version) {
        return new OpenAPI()
                .info(new Info().title(TITLE).version(version)
                        .description("Số liệu giải quyết thủ tục hành chính đã công khai và danh mục thủ tục, chỉ đọc, "
                                + "không cần đăng nhập; null = chưa báo cáo (không phải 0). Published handling figures "
                                + "and the procedure catalogue, read only, no credentials; null = not reported (not 0).")
                        .license(new License().name(OpenDataController.LICENCE).url(LICENCE_URL)))
                .servers(List.of(new Server().url(publicBaseUrl.value()).description("Giám sát TTHC")))
                .security(List.of());
    }

    /** Applied to every group, the "public" one of application.properties included. */
    @Bean
    GlobalOpenApiCustomizer errorsAndColumns(@Value("${giamsat.portal.version}") String version) {
        return api -> {
            api.getInfo().title(TITLE).version(version)
                    .license(new License().name(OpenDataController.LICENCE).url(LICENCE_URL));
            api.setSecurity(List.of()); // the public endpoints need no credentials
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                        operation.getResponses().addApiResponse("400", new ApiResponse()
                                .description("Yêu cầu không hợp lệ / Bad request: a filter or paging parameter is not "
                                        + "valid (a date not yyyy-mm-dd, an unknown status, page below 1, size above 1000)"));
                    }
                    operation.getResponses().addApiResponse("304", new ApiResponse()
                            .description("Không đổi / Not modified: If-None-Match matched the ETag; no body"));
                    operation.getResponses().addApiResponse("500", new ApiResponse()
                            .description("Lỗi máy chủ / Server error: an HTML error page, no stack trace; Cache-Control: no-store")
                            .content(html()));
                    operation.getResponses().addApiResponse("503", new ApiResponse()
                            .description("Tạm thời không phục vụ được / Temporarily unavailable: the database cannot be "
                                    + "reached and nothing is held in memory yet; an HTML page; retry after the "
                                    + "Retry-After seconds")
                            .addHeaderObject("Retry-After", new Header().description("Seconds to wait (120)")
                                    .schema(new IntegerSchema()))
                            .content(html()));
                }));
            }
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                for (OpenDataSets.Description d : OpenDataSets.DESCRIPTIONS) {
                    String schema = d.jsonRow().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name();
                    describe(api.getComponents().getSchemas().get(schema), d.columns());
                }
            }
        };
    }

    private static Content html() {
        return new Content().addMediaType("text/html", new MediaType().schema(new StringSchema()));
    }

    @SuppressWarnings("rawtypes")
    private static void describe(Schema schema, List<OpenDataset.Column> columns) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        for (OpenDataset.Column column : columns) {
            Schema property = properties.get(column.name());
            if (property != null) {
                property.setDescription(column.vietnamese() + " / " + column.english() + " (null: chưa báo cáo / not reported)");
                if (column.type().equals("uuid") || column.type().equals("date")) {
                    property.setFormat(column.type());
                } else if (column.type().equals("datetime")) {
                    property.setFormat("date-time");
                }
            }
        }
    }
}
