package fr.ctg.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded MariaDB did not start: one clear line and what to do, not a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMariaDb.EmbeddedDatabaseStartException> {

    static final String ACTION = "Check that the data folder (ctg.db.embedded.data-dir, ./data by default) is writable "
            + "and the disk has room, or set CTG_DB_URL, CTG_DB_USER and CTG_DB_PASSWORD to use a MariaDB server.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMariaDb.EmbeddedDatabaseStartException cause) {
        return new FailureAnalysis(cause.getMessage().lines().findFirst().orElse(cause.getMessage()), ACTION, cause);
    }
}
