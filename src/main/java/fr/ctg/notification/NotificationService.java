package fr.ctg.notification;

import fr.ctg.governance.DeadlinesMoved;
import fr.ctg.governance.MeetingConvened;
import fr.ctg.minutes.MinutesCirculated;
import fr.ctg.minutes.MinutesPublished;
import fr.ctg.notification.internal.Notification;
import fr.ctg.notification.internal.NotificationRepository;
import fr.ctg.objective.ObjectiveCommentPosted;
import fr.ctg.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: each person reads only their own. */
@Service
@Transactional
public class NotificationService {

    public static final String KIND_MENTION = "MENTION";
    public static final String KIND_DEADLINES_MOVED = "DEADLINES_MOVED";
    public static final String KIND_CONVOCATION = "CONVOCATION";
    public static final String KIND_MINUTES_REVIEW = "MINUTES_REVIEW";
    public static final String KIND_MINUTES_PUBLISHED = "MINUTES_PUBLISHED";

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByAccountIdAndReadAtIsNull(currentUser.require().accountId());
    }

    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        return notifications.findByAccountIdOrderByIdDesc(currentUser.require().accountId(), Limit.of(limit)).stream()
                .map(n -> new NotificationItem(n.getId(), n.getConventionId(), n.getKind(), n.getActorName(),
                        n.getSubject(), n.getTarget(), n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    public void markAllRead() {
        notifications.findByAccountIdAndReadAtIsNull(currentUser.require().accountId())
                .forEach(n -> n.markRead(clock.instant()));
    }

    /** A moved COPIL tells the people concerned that its derived deadlines moved. */
    @EventListener
    void on(DeadlinesMoved event) {
        long actor = currentUser.require().accountId();
        for (Long accountId : event.committeeMemberIds()) {
            if (accountId != actor) {
                notifications.save(new Notification(accountId, event.conventionId(), KIND_DEADLINES_MOVED,
                        currentUser.require().displayName(), event.meetingTitle(), NotificationTarget.calendar()));
                events.publishEvent(new NotificationCreated(accountId));
            }
        }
    }

    /** A convocation appears in the portal too. */
    @EventListener
    void on(MeetingConvened event) {
        long actor = currentUser.require().accountId();
        for (Long accountId : event.recipientIds()) {
            if (accountId != actor) {
                notifications.save(new Notification(accountId, event.conventionId(), KIND_CONVOCATION,
                        currentUser.require().displayName(), event.title() + " — " + event.when(), NotificationTarget.calendar()));
                events.publishEvent(new NotificationCreated(accountId));
            }
        }
    }

    /** Attendees are asked to review circulated minutes. */
    @EventListener
    void on(MinutesCirculated event) {
        notifyAll(event.reviewerIds(), event.conventionId(), KIND_MINUTES_REVIEW, event.title(),
                NotificationTarget.minutes(event.minutesId()));
    }

    /** The audience of published minutes is told. */
    @EventListener
    void on(MinutesPublished event) {
        notifyAll(event.audienceIds(), event.conventionId(), KIND_MINUTES_PUBLISHED, event.title(),
                NotificationTarget.minutes(event.minutesId()));
    }

    private void notifyAll(List<Long> accountIds, long conventionId, String kind, String subject,
                           NotificationTarget target) {
        long actor = currentUser.require().accountId();
        for (Long accountId : accountIds) {
            if (accountId != actor) {
                notifications.save(new Notification(accountId, conventionId, kind, currentUser.require().displayName(),
                        subject, target));
                events.publishEvent(new NotificationCreated(accountId));
            }
        }
    }

    /** Mentions in a discussion notify the mentioned members, in the comment's transaction. */
    @EventListener
    void on(ObjectiveCommentPosted event) {
        for (Long accountId : event.mentionedAccountIds()) {
            notifications.save(new Notification(accountId, event.conventionId(), KIND_MENTION, event.authorName(),
                    event.objectiveTitle(), NotificationTarget.objective(event.objectiveId())));
            events.publishEvent(new NotificationCreated(accountId));
        }
    }
}
