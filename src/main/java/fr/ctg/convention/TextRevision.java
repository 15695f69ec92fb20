package fr.ctg.convention;

import java.time.Instant;
import java.util.Set;

/** One saved version of an article or an annex: who, when, which fields changed. */
public record TextRevision(long revision, long version, Instant at, String displayName, Set<TextPartField> changed) {

    public long versionNumber() {
        return version + 1;
    }
}
