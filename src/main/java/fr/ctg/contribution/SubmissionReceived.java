package fr.ctg.contribution;

import java.util.List;
import java.util.Locale;

/** A submission was received: its author gets a receipt, in their language, with the reference and a copy of the answers. */
public record SubmissionReceived(String email, String displayName, Locale language, String callTitle, String reference,
                                 List<String> copy) {
}
