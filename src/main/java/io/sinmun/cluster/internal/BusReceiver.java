package io.sinmun.cluster.internal;

import java.time.Instant;

import io.sinmun.cache.PageCache;
import io.sinmun.cluster.RemoteArticleChanged;
import io.sinmun.cluster.RemoteChangesMissed;
import io.sinmun.live.LiveEvents;
import io.sinmun.section.SectionsChanged;
import io.sinmun.site.SiteSettingsChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Applies another node's change here, on the bus thread, cheapest and most urgent first: the page
 * cache drops what changed, the live broadcaster is woken (the event is in {@code live_event}
 * already), then the modules hear {@link RemoteArticleChanged}. Section and settings changes are
 * re-announced here as the same local events (only in-memory state hears them).
 */
class BusReceiver {

    private static final Logger log = LoggerFactory.getLogger(BusReceiver.class);

    private final PageCache cache;
    private final LiveEvents live;
    private final ApplicationEventPublisher events;

    BusReceiver(PageCache cache, LiveEvents live, ApplicationEventPublisher events) {
        this.cache = cache;
        this.live = live;
        this.events = events;
    }

    void receive(String payload, String self) {
        BusMessage message = BusMessage.decode(payload);
        if (message == null) {
            log.warn("Cluster bus: message not understood, dropping every cached page: {}", payload);
            cache.invalidateAll();
            live.requestCatchUp();
            return;
        }
        if (message.node().equals(self)) {
            return; // this node applied its own change at commit
        }
        try {
            apply(message);
        }
        catch (RuntimeException ex) {
            // one failing listener must not stop the bus; what it keeps is re-read on its own schedule
            log.warn("Cluster bus: applying {} failed", payload, ex);
        }
    }

    private void apply(BusMessage message) {
        switch (message.kind()) {
            case ARTICLE -> {
                cache.invalidate(message.tags());
                live.requestCatchUp();
                events.publishEvent(new RemoteArticleChanged(message.articleId(), message.number()));
            }
            case ALL -> {
                cache.invalidateAll();
                live.requestCatchUp();
                if (message.articleId() > 0) {
                    events.publishEvent(new RemoteArticleChanged(message.articleId(), message.number()));
                }
            }
            case SECTIONS -> relay(new SectionsChanged());
            case SETTINGS -> relay(new SiteSettingsChanged());
        }
    }

    /** After the bus was away: anything may be stale. */
    void catchUp(Instant since) {
        cache.invalidateAll();
        live.requestCatchUp();
        relay(new SectionsChanged());
        relay(new SiteSettingsChanged());
        events.publishEvent(new RemoteChangesMissed(since));
    }

    private void relay(Object event) {
        BusNotifier.RELAYING.set(true);
        try {
            events.publishEvent(event);
        }
        finally {
            BusNotifier.RELAYING.set(false);
        }
    }
}
