package fr.ctg.contribution;

import java.util.List;

/** A submission was received: its author gets a receipt with the reference and a copy of the answers. */
public record SubmissionReceived(String email, String displayName, String callTitle, String reference,
                                 List<String> copy) {
}
