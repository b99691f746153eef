package io.sinmun.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import io.sinmun.newsroom.Role;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's upload endpoint refuses what is not an image with a Korean problem+json, storing nothing. */
@SpringBootTest(properties = "sinmun.test.context=newsroom")
@AutoConfigureMockMvc
class MediaUploadTests {

    @Autowired MockMvc mvc;
    @Autowired NewsroomFixtures fixtures;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "shell.jpg|image/jpeg|<?php system($_GET['c']); ?>",
            "logo.png|image/svg+xml|<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
            "page.gif|image/gif|<!DOCTYPE html><html><body onload=alert(1)></body></html>" })
    void anythingButAnImageIsRefusedAndNothingIsStored(String name, String type, String content) throws Exception {
        long before = jdbc.sql("select count(*) from media_image").query(Long.class).single();
        MockHttpServletResponse response = mvc.perform(multipart("/admin/media")
                .file(new MockMultipartFile("file", name, type, content.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(authentication(NewsroomFixtures.login(fixtures.account(Role.REPORTER)))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).containsPattern("\"detail\":\"[^\"]*[가-힣]");
        assertThat(jdbc.sql("select count(*) from media_image").query(Long.class).single()).isEqualTo(before);
    }
}
