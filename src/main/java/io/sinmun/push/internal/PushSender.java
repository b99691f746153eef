package io.sinmun.push.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sinmun.push.internal.PushDeliveries.Due;
import io.sinmun.push.internal.PushDeliveries.Outcome;
import io.sinmun.push.internal.PushDeliveries.State;
import io.sinmun.site.PublicUrls;
import io.sinmun.site.SiteSettingsService;
import io.sinmun.system.SeoulTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries to the push services: one dispatcher thread claims only as many rows as
 * there are free request slots ({@code sinmun.push.concurrency}), a small pool encrypts, and
 * {@link HttpClient} sends asynchronously (HTTP/2 where the service offers it). Answers:
 * 201/200/202 delivered; 404/410 the subscription is gone and is deleted; 429 and 5xx, timeouts
 * and connection errors are retried with exponential backoff, never sooner than
 * {@code Retry-After}; other 4xx failed. Outcomes are written in batches.
 */
@Component
class PushSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();
    private static final Duration VAPID_RENEWAL = Duration.ofHours(1);
    /** Results are written in batches of up to this many, or after FLUSH_EVERY, whichever comes first. */
    private static final int FLUSH_BATCH = 200;
    private static final long FLUSH_EVERY = TimeUnit.MILLISECONDS.toNanos(200);

    private final PushDeliveries deliveries;
    private final PushKeys keys;
    private final PushProperties properties;
    private final PublicUrls urls;
    private final SiteSettingsService settings;
    private final SeoulTime time;
    private final Semaphore slots;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    /** Claimed rows not yet handed to a slot; only the dispatcher thread touches it. */
    private final ArrayDeque<Due> ready = new ArrayDeque<>();
    private final Map<String, VapidHeader> vapid = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object signal = new Object();

    private volatile boolean running;
    private volatile boolean woken;
    private volatile boolean newWork;
    private Thread dispatcher;
    private ExecutorService encryption;
    private HttpClient http;

    private record VapidHeader(String value, Instant renewAt) {
    }

    PushSender(PushDeliveries deliveries, PushKeys keys, PushProperties properties, PublicUrls urls,
            SiteSettingsService settings, SeoulTime time) {
        this.deliveries = deliveries;
        this.keys = keys;
        this.properties = properties;
        this.urls = urls;
        this.settings = settings;
        this.time = time;
        this.slots = new Semaphore(properties.concurrency());
    }

    /** New deliveries were committed: look now instead of at the next poll. */
    void wake() {
        newWork = true;
        signal();
    }

    private void signal() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        if (!properties.senderEnabled()) {
            log.info("Web Push sending is off on this node (sinmun.push.sender-enabled=false)");
            return;
        }
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        encryption = Executors.newFixedThreadPool(threads, r -> daemon(r, "push-encrypt-" + n.incrementAndGet()));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).executor(encryption).build();
        running = true;
        dispatcher = daemon(this::dispatch, "push-dispatcher");
        dispatcher.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal();
        try {
            dispatcher.join(properties.requestTimeout().plusSeconds(5).toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        flush();
        encryption.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void dispatch() {
        long lastFlush = System.nanoTime();
        long nextClaim = 0;
        while (running) {
            try {
                if (ready.isEmpty() || outcomes.size() >= FLUSH_BATCH || System.nanoTime() - lastFlush > FLUSH_EVERY) {
                    flush();
                    lastFlush = System.nanoTime();
                }
                if (ready.size() < properties.concurrency() && (newWork || System.nanoTime() >= nextClaim)) {
                    // claim ahead, two rounds of slots at a time: one claim (three statements) per
                    // hundred-odd rows instead of one per handful of slots that came free
                    newWork = false;
                    Instant now = time.now();
                    int wanted = 2 * properties.concurrency() - ready.size();
                    List<Due> claimed = deliveries.claim(wanted, now, now.plus(properties.lease()));
                    ready.addAll(claimed);
                    // fewer than asked: nothing more is due, so look again at the next poll or wake-up
                    nextClaim = claimed.size() < wanted ? System.nanoTime() + properties.pollInterval().toNanos() : 0;
                }
                if (ready.isEmpty()) {
                    pause(properties.pollInterval());
                    continue;
                }
                if (!slots.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                    continue; // every slot busy: record what came back meanwhile, then wait again
                }
                do {
                    Due delivery = ready.poll();
                    if (leaseTooShort(delivery)) {
                        // not sent: its claim runs out before an answer could be recorded, and the row
                        // is claimed again (here or elsewhere) after the lease
                        slots.release();
                        continue;
                    }
                    inFlight.incrementAndGet();
                    encryption.execute(() -> send(delivery));
                }
                while (!ready.isEmpty() && slots.tryAcquire());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (RuntimeException ex) {
                // the database may be away for a moment: claims stay in the table, try again later
                log.warn("Web Push dispatch failed, retrying: {}", ex.toString());
                pause(properties.pollInterval().multipliedBy(5));
            }
        }
        // claimed but not started: give them back at once rather than after their lease
        if (!ready.isEmpty()) {
            try {
                deliveries.release(List.copyOf(ready), time.now());
                ready.clear();
            }
            catch (RuntimeException ex) {
                log.warn("Could not give back {} claimed Web Push deliveries; they are sent after their lease: {}",
                        ready.size(), ex.toString());
            }
        }
        // let what is in flight finish (each request is bounded by its timeout), then record it
        long deadline = System.nanoTime() + properties.requestTimeout().plusSeconds(2).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(20));
            flush();
        }
    }

    private boolean leaseTooShort(Due delivery) {
        // the answer must be in (the request timeout) and written before the claim lapses; a lease of at
        // least twice the request timeout leaves room for the short wait in the queue
        return delivery.claimedUntil().isBefore(time.now().plus(properties.requestTimeout()).plusMillis(250));
    }

    private void send(Due delivery) {
        try {
            Outcome early = precheck(delivery);
            if (early != null) {
                done(early);
                return;
            }
            URI endpoint = URI.create(delivery.endpoint());
            byte[] body = WebPushEncryption.encrypt(delivery.payload().getBytes(StandardCharsets.UTF_8),
                    B64.decode(delivery.p256dh()), B64.decode(delivery.auth()));
            long ttl = Math.max(0, delivery.ttlSeconds()
                    - Duration.between(delivery.messageCreatedAt(), time.now()).toSeconds());
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(properties.requestTimeout())
                    .header("TTL", Long.toString(ttl)).header("Urgency", delivery.urgency())
                    .header("Topic", delivery.topic()).header("Content-Encoding", "aes128gcm")
                    .header("Content-Type", "application/octet-stream")
                    .header("Authorization", vapidHeader(endpoint))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(properties.requestTimeout().plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((response, error) -> done(error == null ? answered(delivery, response)
                            : retryOrFail(delivery, null, null, describe(error))));
        }
        catch (RuntimeException ex) {
            done(new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.FAILED, null,
                    "보내지 못함: " + ex.getMessage(), null));
        }
    }

    private Outcome precheck(Due delivery) {
        if (delivery.endpoint() == null) {
            return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.EXPIRED, null,
                    "구독 취소됨", null);
        }
        if (delivery.messageCreatedAt().plusSeconds(delivery.ttlSeconds()).isBefore(time.now())) {
            return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.FAILED, null,
                    "TTL이 지나 보내지 않음", null);
        }
        return null;
    }

    private void done(Outcome outcome) {
        outcomes.add(outcome);
        inFlight.decrementAndGet();
        slots.release();
        if (outcomes.size() >= FLUSH_BATCH) {
            signal();
        }
    }

    private Outcome answered(Due delivery, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status == 200 || status == 201 || status == 202) {
            return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.DELIVERED, status,
                    null, null);
        }
        if (status == 404 || status == 410) {
            return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.EXPIRED, status,
                    "구독 만료 (" + status + ")", null);
        }
        if (status == 429 || status >= 500) {
            return retryOrFail(delivery, status, retryAfter(response), "푸시 서비스 응답 " + status);
        }
        return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.FAILED, status,
                "푸시 서비스가 거절함 (" + status + ")", null);
    }

    private Outcome retryOrFail(Due delivery, Integer status, Duration retryAfter, String error) {
        if (delivery.attempts() >= properties.maxAttempts()) {
            return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.FAILED, status,
                    error + " (" + delivery.attempts() + "회 시도)", null);
        }
        // exponential backoff with jitter, so a recovering service is not hit by every retry at once
        long base = properties.backoff().toMillis() << Math.min(20, delivery.attempts() - 1);
        long wait = Math.min(properties.maxBackoff().toMillis(), base);
        wait = wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1);
        if (retryAfter != null) {
            wait = Math.max(wait, Math.min(retryAfter.toMillis(), Duration.ofHours(1).toMillis()));
        }
        return new Outcome(delivery.id(), delivery.claim(), delivery.subscriptionId(), State.PENDING, status,
                error, time.now().plusMillis(wait));
    }

    /** Retry-After is either seconds or an HTTP date (RFC 9110). */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        }
        catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(Instant.now(), when.toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            }
            catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private String vapidHeader(URI endpoint) {
        String audience = endpoint.getScheme() + "://" + endpoint.getAuthority();
        Instant now = time.now();
        VapidHeader header = vapid.get(audience);
        if (header == null || now.isAfter(header.renewAt())) {
            PushKeys.Loaded pair = keys.keys();
            header = new VapidHeader(Vapid.authorization(endpoint, subject(), pair.privateKey(), pair.publicKey(), now),
                    now.plus(Vapid.LIFETIME).minus(VAPID_RENEWAL));
            vapid.put(audience, header);
        }
        return header.value();
    }

    private String subject() {
        if (!properties.subject().isBlank()) {
            return properties.subject();
        }
        String email = settings.current().email();
        if (email != null && email.contains("@") && !email.isBlank()) {
            return "mailto:" + email.strip();
        }
        return urls.base();
    }

    private void flush() {
        List<Outcome> batch = new ArrayList<>();
        for (Outcome o; (o = outcomes.poll()) != null; ) {
            batch.add(o);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            deliveries.record(batch, time.now());
        }
        catch (RuntimeException ex) {
            // kept for the next try; should the node stop first, the claims run out and those rows are
            // sent again, which the Topic header and the notification tag turn into a replacement
            outcomes.addAll(batch);
            log.warn("Could not record {} Web Push results yet: {}", batch.size(), ex.toString());
            throw ex;
        }
    }

    private void pause(Duration duration) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(Math.max(1, duration.toMillis()));
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            woken = false;
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "응답 시간 초과";
        }
        return "연결 실패: " + cause.getClass().getSimpleName();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
