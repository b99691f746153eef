package io.sinmun.reader.internal;

import java.time.LocalDate;

/** A view seen by this node and not yet written. */
record PendingView(long articleId, LocalDate day, String readerKey) {
}
