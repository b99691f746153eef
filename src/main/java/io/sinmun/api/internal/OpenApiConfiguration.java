package io.sinmun.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (and Swagger UI), from which an app developer builds the client. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** Static: a post-processor of the bean factory, created before (and without) this configuration. */
    @Bean
    static LazyApiDocs lazyApiDocs() {
        return new LazyApiDocs();
    }

    @Bean
    OpenAPI sinmunOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sinmun API").version("v1").description(
                        "신문 기사, 섹션, 사이트 정보를 읽는 공개 API와, 뉴스룸의 API 토큰으로 기사를 쓰고 발행하는 API. "
                                + "오류는 RFC 9457 application/problem+json으로 답합니다. 읽기 응답에는 ETag가 있어 "
                                + "If-None-Match로 304를 받을 수 있습니다."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("뉴스룸 > API 토큰에서 만든 개인 토큰")));
    }
}
