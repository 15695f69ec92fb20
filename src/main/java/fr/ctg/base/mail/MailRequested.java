package fr.ctg.base.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to send, as written in the outbox (its id tells two identical mails apart): a plain-text body, and an
 * HTML alternative, attachments and extra headers ({@code List-Unsubscribe}) when it has them (mails written before these existed read back without).
 */
public record MailRequested(UUID id, String to, String subject, String body, @Nullable String html,
                            List<MailAttachment> attachments, Map<String, String> headers) {

    public MailRequested {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public MailRequested(UUID id, String to, String subject, String body) {
        this(id, to, subject, body, null, List.of(), Map.of());
    }

    boolean plain() {
        return html == null && attachments.isEmpty() && headers.isEmpty();
    }
}
