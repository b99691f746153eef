package io.sinmun.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published OpenAPI description lists exactly the API's endpoints, each with a summary. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionMatchesTheEndpoints() throws Exception {
        JsonNode doc = JsonMapper.builder().build().readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            assertThat(operation.getValue().path("summary").asText()).as(path.getKey()).isNotBlank();
        }));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb.name() + " " + pattern))));

        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
        assertThat(doc.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1v1~1articles/get/parameters").toString()).contains("\"size\"", "\"page\"",
                "\"cursor\"", "\"section\"");
    }

    @Test
    void swaggerUiIsServedFromTheJarWithoutAnyCdn() throws Exception {
        String html = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("swagger-ui").doesNotContain("https://cdn").doesNotContain("unpkg.com");
    }
}
