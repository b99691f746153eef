package io.sinmun.push.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of Web Push, written for the tests from RFC 8291 and the JDK alone (none of
 * the sender's code): a subscription key pair and auth secret, and decryption of what arrives.
 */
final class UserAgent {

    private static final SecureRandom RANDOM = new SecureRandom();

    final ECPrivateKey privateKey;
    final byte[] publicKey;
    final byte[] auth;

    private UserAgent(ECPrivateKey privateKey, byte[] publicKey, byte[] auth) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.auth = auth;
    }

    static UserAgent create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] auth = new byte[16];
            RANDOM.nextBytes(auth);
            return new UserAgent((ECPrivateKey) pair.getPrivate(), point((ECPublicKey) pair.getPublic()), auth);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static UserAgent of(ECPrivateKey privateKey, byte[] publicKey, byte[] auth) {
        return new UserAgent(privateKey, publicKey, auth);
    }

    /** The JSON a browser's {@code PushSubscription.toJSON()} gives, plus the chosen topics. */
    String subscriptionJson(String endpoint, String topics) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "{\"endpoint\": \"" + endpoint + "\", \"expirationTime\": null, \"keys\": {\"p256dh\": \""
                + b64.encodeToString(publicKey) + "\", \"auth\": \"" + b64.encodeToString(auth) + "\"}"
                + (topics == null ? "" : ", \"topics\": " + topics) + "}";
    }

    /** Decrypts an aes128gcm body (RFC 8188 header, one record) as a browser does. */
    byte[] decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        if (recordSize != 4096) {
            throw new IllegalArgumentException("record size " + recordSize);
        }
        byte[] senderPublic = new byte[in.get() & 0xff];
        in.get(senderPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(privateKey);
        agreement.doPhase(publicKey(senderPublic), true);
        byte[] ecdh = agreement.generateSecret();

        byte[] prkKey = hmac(auth, ecdh);
        byte[] keyInfo = ByteBuffer.allocate(14 + 65 + 65).put("WebPush: info\0".getBytes(StandardCharsets.US_ASCII))
                .put(publicKey).put(senderPublic).array();
        byte[] ikm = hmac(prkKey, append(keyInfo, (byte) 1));
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, append("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII),
                (byte) 1)), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, append("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII),
                (byte) 1)), 12);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new IllegalArgumentException("no last-record delimiter");
        }
        return Arrays.copyOf(padded, end);
    }

    /** An uncompressed P-256 point (0x04 || X || Y) as a JDK public key. */
    static ECPublicKey publicKey(byte[] point) throws Exception {
        if (point.length != 65 || point[0] != 4) {
            throw new IllegalArgumentException("not an uncompressed point");
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
    }

    static byte[] point(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), out, 1 + Math.max(0, 32 - x.length), Math.min(32, x.length));
        System.arraycopy(y, Math.max(0, y.length - 32), out, 33 + Math.max(0, 32 - y.length), Math.min(32, y.length));
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] append(byte[] data, byte last) {
        byte[] out = Arrays.copyOf(data, data.length + 1);
        out[data.length] = last;
        return out;
    }
}
