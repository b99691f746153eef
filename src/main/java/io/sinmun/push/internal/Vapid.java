package io.sinmun.push.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Voluntary application server identification, RFC 8292: an ES256 JWT for the push service's
 * origin, sent as {@code Authorization: vapid t=<jwt>, k=<public key>}.
 */
final class Vapid {

    /** Push services refuse tokens valid for more than 24 hours. */
    static final Duration LIFETIME = Duration.ofHours(12);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Vapid() {
    }

    static String authorization(URI endpoint, String subject, ECPrivateKey privateKey, byte[] publicKey,
            Instant now) {
        String audience = endpoint.getScheme() + "://" + endpoint.getAuthority();
        String header = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(("{\"aud\":\"" + json(audience) + "\",\"exp\":"
                + now.plus(LIFETIME).getEpochSecond() + ",\"sub\":\"" + json(subject) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        try {
            // JWS wants the raw R || S form, which this JDK algorithm produces directly
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            String jwt = signingInput + "." + B64.encodeToString(signer.sign());
            return "vapid t=" + jwt + ", k=" + B64.encodeToString(publicKey);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("VAPID signing failed", ex);
        }
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
