package io.sinmun.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Behind a TLS-terminating proxy, X-Forwarded-Proto is honoured once the operator says so. */
@SpringBootTest(properties = "server.forward-headers-strategy=framework")
@AutoConfigureMockMvc
class ForwardedHttpsTests {

    @Autowired MockMvc mvc;

    @Test
    void aRequestForwardedAsHttpsGetsHsts() throws Exception {
        assertThat(mvc.perform(get("/").header("X-Forwarded-Proto", "https")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
    }
}
