package io.sinmun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SeoulTimeTests {

    @Test
    void datesReadTheKoreanWay() {
        SeoulTime time = new SeoulTime(Clock.systemUTC());
        assertThat(time.date(Instant.parse("2021-02-04T01:00:00Z"))).isEqualTo("2021년 2월 4일");
        assertThat(time.date(LocalDate.of(2019, 1, 25))).isEqualTo("2019년 1월 25일");
        assertThat(time.dateTime(Instant.parse("2021-01-08T01:05:00Z"))).isEqualTo("2021년 1월 8일 10:05");
        assertThat(time.iso(Instant.parse("2021-01-08T01:00:00Z"))).isEqualTo("2021-01-08T10:00+09:00");
    }

    @Test
    void todayIsTheSeoulDayNotTheServers() {
        // 16:30 UTC on 3 Feb is 01:30 on 4 Feb in Seoul
        SeoulTime time = new SeoulTime(Clock.fixed(Instant.parse("2021-02-03T16:30:00Z"), ZoneOffset.UTC));
        assertThat(time.today()).isEqualTo(LocalDate.of(2021, 2, 4));
        assertThat(time.startOf(time.today())).isEqualTo(Instant.parse("2021-02-03T15:00:00Z"));
        assertThat(time.date(time.now())).isEqualTo("2021년 2월 4일");
    }
}
