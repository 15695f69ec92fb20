package fr.ctg.notification.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.notification.NotificationTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a person should see in the portal (for now: a mention in a discussion). */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false, length = 300)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private NotificationTarget.Kind targetKind;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(Long accountId, Long conventionId, String kind, String actorName, String subject,
                        NotificationTarget target) {
        this.accountId = accountId;
        this.conventionId = conventionId;
        this.kind = kind;
        this.actorName = actorName;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.targetKind = target.kind();
        this.targetId = target.id();
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public String getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSubject() {
        return subject;
    }

    public NotificationTarget getTarget() {
        return new NotificationTarget(targetKind, targetId);
    }

    public Instant getReadAt() {
        return readAt;
    }
}
