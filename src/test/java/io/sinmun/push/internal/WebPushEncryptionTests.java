package io.sinmun.push.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;


import org.junit.jupiter.api.Test;

class WebPushEncryptionTests {

    // RFC 8291, Appendix A ("Push Message Encryption Example"), base64url without padding
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    @Test
    void theRfc8291ExampleIsReproducedByteForByte() {
        ECPrivateKey senderPrivate = P256.privateKey(b64(AS_PRIVATE));
        ECPublicKey senderPublic = P256.publicKey(b64(AS_PUBLIC));
        byte[] body = WebPushEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), b64(UA_PUBLIC),
                b64(AUTH_SECRET), senderPrivate, senderPublic, b64(SALT));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(body)).isEqualTo(BODY);
    }

    @Test
    void aFreshMessageDecryptsWithTheBrowsersHalfWrittenIndependentlyHere() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(P256.PARAMS);
        KeyPair browser = generator.generateKeyPair();
        byte[] auth = new byte[16];
        new java.security.SecureRandom().nextBytes(auth);
        byte[] message = "{\"title\":\"속보\",\"url\":\"/articles/171\"}".getBytes(StandardCharsets.UTF_8);

        byte[] first = WebPushEncryption.encrypt(message, P256.encode((ECPublicKey) browser.getPublic()), auth);
        byte[] second = WebPushEncryption.encrypt(message, P256.encode((ECPublicKey) browser.getPublic()), auth);

        assertThat(decrypt(first, (ECPrivateKey) browser.getPrivate(), P256.encode((ECPublicKey) browser.getPublic()),
                auth)).isEqualTo(message);
        assertThat(first).as("fresh salt and key each time").isNotEqualTo(second);
        assertThat(decrypt(b64(BODY), P256.privateKey(b64(UA_PRIVATE)), b64(UA_PUBLIC), b64(AUTH_SECRET)))
                .isEqualTo(PLAINTEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysThatAreNotP256PointsAndWrongSecretsAreRefused() {
        byte[] good = b64(UA_PUBLIC);
        byte[] offCurve = good.clone();
        offCurve[64] ^= 0x01;
        byte[] compressed = Arrays.copyOf(good, 33);
        compressed[0] = 0x02;
        byte[] plaintext = "x".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WebPushEncryption.encrypt(plaintext, offCurve, b64(AUTH_SECRET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the P-256 curve");
        assertThatThrownBy(() -> WebPushEncryption.encrypt(plaintext, compressed, b64(AUTH_SECRET)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebPushEncryption.encrypt(plaintext, good, new byte[15]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> WebPushEncryption.encrypt(new byte[WebPushEncryption.MAX_PLAINTEXT + 1], good,
                b64(AUTH_SECRET))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVapidTokenIsAnEs256JwtForThePushServicesOriginThatVerifies() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(P256.PARAMS);
        KeyPair server = generator.generateKeyPair();
        byte[] publicKey = P256.encode((ECPublicKey) server.getPublic());
        Instant now = Instant.parse("2026-11-25T00:00:00Z");

        String header = Vapid.authorization(URI.create("https://push.example.net:8443/send/abc?x=1"),
                "mailto:desk@example.kr", (ECPrivateKey) server.getPrivate(), publicKey, now);

        assertThat(header).startsWith("vapid t=").contains(", k=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(publicKey));
        String jwt = header.substring("vapid t=".length(), header.indexOf(", k="));
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("\"ES256\"");
        assertThat(claims).contains("\"aud\":\"https://push.example.net:8443\"", "\"sub\":\"mailto:desk@example.kr\"",
                "\"exp\":" + now.plusSeconds(12 * 3600).getEpochSecond());
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        assertThat(signature).hasSize(64);
        // verify with a key rebuilt from the k= value alone, as the push service does
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(KeyFactory.getInstance("EC").generatePublic(
                new java.security.spec.X509EncodedKeySpec(P256.publicKey(publicKey).getEncoded())));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isTrue();
    }

    /** The user agent's side (test code written from the RFC, independent of the sender's). */
    private static byte[] decrypt(byte[] body, ECPrivateKey receiverPrivate, byte[] receiverPublic, byte[] auth)
            throws Exception {
        return UserAgent.of(receiverPrivate, receiverPublic, auth).decrypt(body);
    }

    private static byte[] b64(String value) {
        return Base64.getUrlDecoder().decode(value);
    }
}
