package io.sinmun.push.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push service on the loopback interface, inside the test: it records every request, answers
 * 201 unless told otherwise (a scripted status sequence per endpoint, or never answering), and
 * checks VAPID as a real push service would.
 */
final class TestPushService implements AutoCloseable {

    record Reply(int status, Map<String, String> headers) {
    }

    record Received(String name, Instant at, Map<String, String> headers, byte[] body) {

        String header(String key) {
            return headers.get(key.toLowerCase(Locale.ROOT));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final CountDownLatch release = new CountDownLatch(1);

    TestPushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/push/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String endpoint(String name) {
        return origin() + "/push/" + name;
    }

    static Reply reply(int status, String... headers) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            map.put(headers[i], headers[i + 1]);
        }
        return new Reply(status, map);
    }

    /** The next requests to this endpoint get these answers, in order; then 201 again. */
    void script(String name, Reply... replies) {
        scripts.put(name, new ArrayDeque<>(List.of(replies)));
    }

    /** Requests to this endpoint are read and never answered (until the service closes). */
    void hang(String name) {
        hanging.add(name);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> receivedBy(String name) {
        return received.stream().filter(r -> r.name().equals(name)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/push/".length());
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), values.get(0)));
        synchronized (this) {
            received.add(new Received(name, Instant.now(), headers, body));
        }
        if (hanging.contains(name)) {
            try {
                release.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        Deque<Reply> script = scripts.get(name);
        Reply reply = script == null ? null : script.poll();
        if (reply == null) {
            reply = reply(201, "Location", "/message/" + received.size());
        }
        reply.headers().forEach((key, value) -> exchange.getResponseHeaders().add(key, value));
        exchange.sendResponseHeaders(reply.status(), -1);
        exchange.close();
    }

    /**
     * RFC 8292 as a push service checks it: the {@code vapid} scheme, {@code k} is the server's
     * key, the JWT is ES256-signed by that key, for this service's origin, and not valid for more
     * than 24 hours. Returns the JWT's claims.
     */
    JsonNode verifyVapid(Received request, byte[] serverKey) throws Exception {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("vapid ")) {
            throw new AssertionError("no vapid authorization: " + authorization);
        }
        String token = null;
        String key = null;
        for (String part : authorization.substring("vapid ".length()).split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair[0].equals("t")) {
                token = pair[1];
            }
            else if (pair[0].equals("k")) {
                key = pair[1];
            }
        }
        byte[] k = Base64.getUrlDecoder().decode(key);
        if (!java.util.Arrays.equals(k, serverKey)) {
            throw new AssertionError("k is not the server's public key");
        }
        String[] parts = token.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        if (!"ES256".equals(header.get("alg").asString())) {
            throw new AssertionError("alg " + header);
        }
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(UserAgent.publicKey(k));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
            throw new AssertionError("VAPID signature does not verify");
        }
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        if (!origin().equals(claims.get("aud").asString())) {
            throw new AssertionError("aud " + claims.get("aud") + " is not " + origin());
        }
        long exp = claims.get("exp").asLong();
        long now = Instant.now().getEpochSecond();
        if (exp <= now || exp > now + 24 * 3600) {
            throw new AssertionError("exp out of range: " + exp);
        }
        return claims;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
