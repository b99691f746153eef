package io.sinmun.system.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unwritable data directory into Boot's short failure report instead of a stack trace. */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryNotWritableException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DataDirectoryNotWritableException cause) {
        return new FailureAnalysis(
                "Sinmun cannot write to its data directory " + cause.directory() + " ("
                        + cause.getCause().getClass().getSimpleName() + ": " + cause.getCause().getMessage() + ").",
                "Give the user running Sinmun write access to that folder, or choose another one with "
                        + "--sinmun.data-dir=/path/to/data (environment variable SINMUN_DATA_DIR).",
                null);
    }
}
