package io.sinmun.push.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Message encryption for Web Push, RFC 8291 with the aes128gcm content coding of RFC 8188: one
 * record, a fresh ephemeral key and salt per message. The RFC's Appendix A example is the unit
 * test vector. The two P-256 multiplications per message run on Bouncy Castle's specialised
 * curve code (already here for Argon2), about four times faster than the JDK 17 provider's: at a
 * fan-out of thousands of messages they are the sender's main cost. The ephemeral key is used
 * once, so the variable-base multiplication need not be constant-time.
 */
final class WebPushEncryption {

    static final int RECORD_SIZE = 4096;
    /** A record holds RECORD_SIZE bytes of ciphertext: minus the 16-byte tag and the delimiter. */
    static final int MAX_PLAINTEXT = RECORD_SIZE - 16 - 1;

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final FixedPointCombMultiplier BASE = new FixedPointCombMultiplier();
    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Per sending thread: a DRBG (the default NativePRNG serialises every thread on one lock and a
     * read of /dev/urandom), and the Mac and Cipher, whose provider look-up costs more than their use.
     */
    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    private static final class Tools {
        final SecureRandom random;
        final Mac mac;
        final Cipher cipher;

        Tools() {
            try {
                random = SecureRandom.getInstance("DRBG");
                mac = Mac.getInstance("HmacSHA256");
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
            }
            catch (GeneralSecurityException ex) {
                throw new IllegalStateException("this JDK lacks DRBG, HmacSHA256 or AES/GCM", ex);
            }
        }
    }

    private WebPushEncryption() {
    }

    /** Encrypts for a subscription with a fresh ephemeral key pair and salt. */
    static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret) {
        SecureRandom random = TOOLS.get().random;
        BigInteger d;
        do {
            d = new BigInteger(CURVE.getN().bitLength(), random);
        }
        while (d.signum() == 0 || d.compareTo(CURVE.getN()) >= 0);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] senderPoint = BASE.multiply(CURVE.getG(), d).normalize().getEncoded(false);
        return encrypt(plaintext, userAgentPublic, authSecret, d, senderPoint, salt);
    }

    /** The deterministic core, with the sender's key pair and salt given (for the RFC's example). */
    static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret, ECPrivateKey senderPrivate,
            ECPublicKey senderPublic, byte[] salt) {
        return encrypt(plaintext, userAgentPublic, authSecret, senderPrivate.getS(), P256.encode(senderPublic), salt);
    }

    private static byte[] encrypt(byte[] plaintext, byte[] userAgentPublic, byte[] authSecret, BigInteger senderPrivate,
            byte[] senderPoint, byte[] salt) {
        if (authSecret == null || authSecret.length != 16) {
            throw new IllegalArgumentException("the auth secret must be 16 bytes");
        }
        if (salt.length != 16) {
            throw new IllegalArgumentException("the salt must be 16 bytes");
        }
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        if (userAgentPublic == null || userAgentPublic.length != 65 || userAgentPublic[0] != 0x04) {
            throw new IllegalArgumentException("not an uncompressed P-256 point (65 bytes starting with 0x04)");
        }
        ECPoint userAgentPoint;
        try {
            userAgentPoint = CURVE.getCurve().decodePoint(userAgentPublic); // validates: on the curve, coordinates < p
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("the point is not on the P-256 curve", ex);
        }
        try {
            Tools tools = TOOLS.get();
            ECPoint shared = userAgentPoint.multiply(senderPrivate).normalize();
            if (shared.isInfinity()) {
                throw new IllegalArgumentException("the key agreement gave no secret");
            }
            byte[] ecdhSecret = shared.getAffineXCoord().getEncoded();

            // RFC 8291 section 3.4: the auth secret and both public keys go into the input keying material
            byte[] keyInfo = concat(KEY_INFO, userAgentPublic, senderPoint);
            byte[] ikm = hkdf(tools.mac, authSecret, ecdhSecret, keyInfo, 32);
            byte[] cek = hkdf(tools.mac, salt, ikm, CEK_INFO, 16);
            byte[] nonce = hkdf(tools.mac, salt, ikm, NONCE_INFO, 12);

            // a fresh key and nonce with every init, so reusing the Cipher object never reuses a nonce
            Cipher cipher = tools.cipher;
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = Arrays.copyOf(plaintext, plaintext.length + 1);
            padded[plaintext.length] = 0x02; // the last (and only) record's delimiter
            int header = 16 + 4 + 1 + senderPoint.length;
            byte[] body = new byte[header + cipher.getOutputSize(padded.length)];
            ByteBuffer.wrap(body).put(salt).putInt(RECORD_SIZE).put((byte) senderPoint.length).put(senderPoint);
            int written = cipher.doFinal(padded, 0, padded.length, body, header);
            return written == body.length - header ? body : Arrays.copyOf(body, header + written);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Web Push encryption failed", ex);
        }
    }

    /** HKDF-SHA-256 (RFC 5869) for outputs of at most one hash length, which is all Web Push needs. */
    private static byte[] hkdf(Mac mac, byte[] salt, byte[] ikm, byte[] info, int length)
            throws GeneralSecurityException {
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 0x01);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            buffer.put(part);
        }
        return buffer.array();
    }
}
