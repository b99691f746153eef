package io.sinmun.push.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Web Push is sent ({@code sinmun.push.*}). {@code concurrency}: requests in flight at once per
 * node; {@code request-timeout}: a push service that has not answered by then counts as a failed
 * attempt, so one slow service can hold at most that many slots for that long; {@code lease}: how
 * long a claimed delivery belongs to the node that claimed it before another (or the restarted
 * node) may send it; {@code subject}: the VAPID contact (mailto: or https:), by default the site's
 * e-mail address or its public address.
 */
@ConfigurationProperties("sinmun.push")
public record PushProperties(@DefaultValue("true") boolean senderEnabled,
        @DefaultValue("64") int concurrency,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration requestTimeout,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("2s") Duration backoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("") String subject) {

    public PushProperties {
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException("sinmun.push.concurrency must be between 1 and 1024, was " + concurrency);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("sinmun.push.max-attempts must be at least 1");
        }
        if (lease.compareTo(requestTimeout.multipliedBy(2)) < 0) {
            // a claim must outlive the request it covers, or a second node could send it again
            throw new IllegalArgumentException("sinmun.push.lease must be at least twice sinmun.push.request-timeout");
        }
        if (ttl.isNegative() || ttl.toSeconds() > 28 * 24 * 3600) {
            throw new IllegalArgumentException("sinmun.push.ttl must be between 0 and 28 days");
        }
    }
}
