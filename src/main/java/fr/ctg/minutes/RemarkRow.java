package fr.ctg.minutes;

import java.time.Instant;

/** A review remark on a section and, once dealt with, the secretariat's resolution. */
public record RemarkRow(long id, long sectionId, long authorAccountId, String authorName, String body,
                         Instant createdAt, RemarkResolution resolution, String answer) {

    public boolean open() {
        return resolution == null;
    }
}
