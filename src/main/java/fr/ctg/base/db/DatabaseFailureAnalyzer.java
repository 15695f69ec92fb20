package fr.ctg.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database cannot be reached" into one clear line (and what to set) instead of a wall of
 * stack traces.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    static final String ACTION = "Set CTG_DB_URL (e.g. jdbc:mariadb://localhost:3306/ctg), CTG_DB_USER and "
            + "CTG_DB_PASSWORD to a reachable MariaDB, or unset CTG_DB_URL to use the embedded MariaDB.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
