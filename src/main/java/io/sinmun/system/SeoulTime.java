package io.sinmun.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The newspaper's time: every "today" and every printed date is in Asia/Seoul, whatever the
 * server's own zone. Templates call it as {@code @seoulTime}.
 */
@Component
public class SeoulTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy년 M월 d일 HH:mm", Locale.KOREAN);

    private final Clock clock;

    public SeoulTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant of the given Seoul day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** "2021년 2월 4일". */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    /** "2019년 1월 25일". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "2021년 2월 4일 10:00". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** ISO-8601 with the +09:00 offset, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).toOffsetDateTime().toString();
    }

    /** JDBC drivers agree on OffsetDateTime for {@code timestamp with time zone}; Instant is not portable. */
    public static OffsetDateTime jdbc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
