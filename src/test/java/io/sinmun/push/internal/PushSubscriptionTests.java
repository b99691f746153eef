package io.sinmun.push.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Subscribing to push: the server key, good subscriptions, and every kind of bad one refused with nothing stored. */
@SpringBootTest(properties = { "sinmun.test.context=push", "sinmun.push.max-subscriptions-per-client=3" })
@AutoConfigureMockMvc
class PushSubscriptionTests {

    private static final String P256DH =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    @Autowired MockMvc mvc;
    @Autowired PushSubscriptions subscriptions;

    @Test
    void theServerKeyIsAStableP256Point() throws Exception {
        String first = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/push/vapid-public-key"))
                .andReturn().getResponse().getContentAsString()).get("publicKey").asText();
        byte[] key = Base64.getUrlDecoder().decode(first);
        assertThat(key).hasSize(65);
        assertThat(P256.publicKey(key)).isNotNull();
        assertThat(mvc.perform(get("/api/v1/push/vapid-public-key")).andReturn().getResponse().getContentAsString())
                .contains(first);
    }

    @Test
    void aSubscriptionIsStoredUpdatedAndRemoved() throws Exception {
        String endpoint = "https://fcm.googleapis.com/fcm/send/test-" + System.nanoTime();
        long before = subscriptions.count();
        assertThat(subscribe(body(endpoint, P256DH, AUTH, "{\"breaking\": true, \"sections\": [\"culture\"]}"), "10.9.0.1")
                .getStatus()).isEqualTo(201);
        assertThat(subscribe(body(endpoint, P256DH, AUTH, "{\"all\": true}"), "10.9.0.1").getStatus()).isEqualTo(200);
        assertThat(subscriptions.count()).isEqualTo(before + 1);
        assertThat(mvc.perform(delete("/api/v1/push/subscriptions").param("endpoint", endpoint)).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(subscriptions.count()).isEqualTo(before);
        assertThat(mvc.perform(delete("/api/v1/push/subscriptions").param("endpoint", endpoint)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "{}",
            "{\"endpoint\": \"https://push.example.net/a\"}",
            "{\"endpoint\": \"http://push.example.net/a\", \"keys\": {\"p256dh\": \"" + P256DH + "\", \"auth\": \"" + AUTH + "\"}}",
            "{\"endpoint\": \"http://127.0.0.1:9/a\", \"keys\": {\"p256dh\": \"" + P256DH + "\", \"auth\": \"" + AUTH + "\"}}",
            "{\"endpoint\": \"javascript:alert(1)\", \"keys\": {\"p256dh\": \"" + P256DH + "\", \"auth\": \"" + AUTH + "\"}}",
            "{\"endpoint\": \"https://push.example.net/a\", \"keys\": {\"p256dh\": \"BCVxsr7M_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4\", \"auth\": \"" + AUTH + "\"}}",
            "{\"endpoint\": \"https://push.example.net/a\", \"keys\": {\"p256dh\": \"AAAA\", \"auth\": \"" + AUTH + "\"}}",
            "{\"endpoint\": \"https://push.example.net/a\", \"keys\": {\"p256dh\": \"" + P256DH + "\", \"auth\": \"BTBZMqHH6r4Tts7J\"}}",
            "{\"endpoint\": \"https://push.example.net/a\", \"keys\": {\"p256dh\": \"" + P256DH + "\", \"auth\": \"" + AUTH + "\"}, \"topics\": {\"sections\": [\"nope\"]}}",
            "{\"endpoint\": \"https://push.example.net/a\", \"keys\": {\"p256dh\": \"" + P256DH + "\", \"auth\": \"" + AUTH + "\"}, \"topics\": {\"all\": false}}" })
    void badSubscriptionsAre400ProblemsAndStoreNothing(String json) throws Exception {
        long before = subscriptions.count();
        MockHttpServletResponse response = subscribe(json, "10.9.1.1");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).containsPattern("\"detail\":\"[^\"]*[가-힣]");
        assertThat(subscriptions.count()).isEqualTo(before);
    }

    @Test
    void oneClientCannotPileUpSubscriptions() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(subscribe(body("https://push.example.net/many-" + i, P256DH, AUTH, "{\"all\": true}"), "10.9.2.2")
                    .getStatus()).isEqualTo(201);
        }
        MockHttpServletResponse fourth = subscribe(body("https://push.example.net/many-3", P256DH, AUTH,
                "{\"all\": true}"), "10.9.2.2");
        assertThat(fourth.getStatus()).isEqualTo(400);
        assertThat(fourth.getContentAsString()).contains("3개");
    }

    private MockHttpServletResponse subscribe(String json, String address) throws Exception {
        return mvc.perform(post("/api/v1/push/subscriptions").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }

    private static String body(String endpoint, String p256dh, String auth, String topics) {
        return "{\"endpoint\": \"" + endpoint + "\", \"keys\": {\"p256dh\": \"" + p256dh + "\", \"auth\": \"" + auth
                + "\"}, \"topics\": " + topics + "}";
    }
}
