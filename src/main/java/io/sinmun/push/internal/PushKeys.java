package io.sinmun.push.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

import io.sinmun.system.SeoulTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site's VAPID key pair: made once, kept in the database so every node signs with the same
 * key (browsers bind a subscription to it; a new key would orphan every subscriber).
 */
@Component
class PushKeys {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final SeoulTime time;
    private volatile Loaded loaded;

    PushKeys(JdbcClient jdbc, SeoulTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    record Loaded(byte[] publicKey, ECPrivateKey privateKey) {
    }

    /** The public key as browsers want it for {@code applicationServerKey}: base64url, 65 bytes. */
    String publicKeyBase64() {
        return B64.encodeToString(keys().publicKey());
    }

    Loaded keys() {
        Loaded current = loaded;
        if (current == null) {
            current = loadOrCreate();
            loaded = current;
        }
        return current;
    }

    private Loaded loadOrCreate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(P256.PARAMS);
            KeyPair pair = generator.generateKeyPair();
            // two nodes starting together: the first insert wins and both read it back
            jdbc.sql("""
                    insert into push_key (id, public_key, private_key, created_at) values (1, :pub, :priv, :now)
                    on conflict do nothing
                    """).param("pub", B64.encodeToString(P256.encode((ECPublicKey) pair.getPublic())))
                    .param("priv", B64.encodeToString(P256.encode((ECPrivateKey) pair.getPrivate())))
                    .param("now", SeoulTime.jdbc(time.now())).update();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
        return jdbc.sql("select public_key, private_key from push_key where id = 1")
                .query((rs, n) -> new Loaded(Base64.getUrlDecoder().decode(rs.getString(1)),
                        P256.privateKey(Base64.getUrlDecoder().decode(rs.getString(2)))))
                .single();
    }
}
