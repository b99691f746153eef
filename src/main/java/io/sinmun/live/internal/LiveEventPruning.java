package io.sinmun.live.internal;

import io.sinmun.system.SeoulTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the live log to {@code sinmun.live.retention}, deleting in small batches so no statement holds locks long. */
@Component
class LiveEventPruning {

    private static final Logger log = LoggerFactory.getLogger(LiveEventPruning.class);
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final LiveEventLog events;
    private final LiveProperties properties;
    private final SeoulTime time;

    LiveEventPruning(LiveEventLog events, LiveProperties properties, SeoulTime time) {
        this.events = events;
        this.properties = properties;
        this.time = time;
    }

    @Scheduled(initialDelayString = "${sinmun.live.prune-initial-delay:1m}",
            fixedDelayString = "${sinmun.live.prune-interval:10m}")
    int prune() {
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int rows = events.prune(time.now().minus(properties.retention()), properties.pruneBatch());
            deleted += rows;
            if (rows < properties.pruneBatch()) {
                break;
            }
        }
        if (deleted > 0) {
            log.info("Pruned {} live events older than {}", deleted, properties.retention());
        }
        return deleted;
    }
}
