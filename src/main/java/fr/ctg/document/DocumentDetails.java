package fr.ctg.document;

import java.util.List;

/** A document with all its versions (newest first) and what it is linked to. */
public record DocumentDetails(DocumentSummary summary, List<VersionRow> versions, List<Link> links) {

    public record Link(LinkTarget target, long targetId) {
    }
}
