package fr.ctg.notification;

import fr.ctg.avenant.AvenantCirculated;
import fr.ctg.base.PageRef;
import fr.ctg.base.i18n.Formats;
import fr.ctg.contribution.ContributionSubmitted;
import fr.ctg.discussion.CommentPosted;
import fr.ctg.exchange.ExchangeStepRecorded;
import fr.ctg.governance.DeadlinesMoved;
import fr.ctg.governance.MeetingChanged;
import fr.ctg.governance.MeetingConvened;
import fr.ctg.indicator.IndicatorPeriodValidated;
import fr.ctg.minutes.ActionAssigned;
import fr.ctg.minutes.ActionDue;
import fr.ctg.minutes.MinutesCirculated;
import fr.ctg.minutes.MinutesPublished;
import fr.ctg.notification.internal.Notification;
import fr.ctg.notification.internal.NotificationRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.Contact;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.InvitationAccepted;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: each person reads only their own. */
@Service
@Transactional
public class NotificationService {

    public static final String KIND_MENTION = "MENTION";
    public static final String KIND_REPLY = "REPLY";
    public static final String KIND_DEADLINES_MOVED = "DEADLINES_MOVED";
    public static final String KIND_CONVOCATION = "CONVOCATION";
    public static final String KIND_MINUTES_REVIEW = "MINUTES_REVIEW";
    public static final String KIND_MINUTES_PUBLISHED = "MINUTES_PUBLISHED";
    public static final String KIND_MEETING_MOVED = "MEETING_MOVED";
    public static final String KIND_MEETING_CANCELLED = "MEETING_CANCELLED";
    public static final String KIND_ACTION_ASSIGNED = "ACTION_ASSIGNED";
    public static final String KIND_ACTION_DUE = "ACTION_DUE";
    public static final String KIND_INDICATOR_VALIDATED = "INDICATOR_VALIDATED";
    public static final String KIND_CONTRIBUTION_RECEIVED = "CONTRIBUTION_RECEIVED";
    public static final String KIND_INVITATION_ACCEPTED = "INVITATION_ACCEPTED";
    public static final String KIND_DATA_EXCHANGE = "DATA_EXCHANGE";
    public static final String KIND_AVENANT = "AVENANT";

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final NotificationPreferenceService preferences;
    private final NotificationMailer mailer;
    private final AccountService accounts;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        ApplicationEventPublisher events, NotificationPreferenceService preferences,
                        NotificationMailer mailer, AccountService accounts) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.mailer = mailer;
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
    @ApplicationModuleListener
    void on(DeadlinesMoved event) {
        notifyAll(event.committeeMemberIds(), event.actorId(), event.actorName(), event.conventionId(),
                KIND_DEADLINES_MOVED, event.meetingTitle(), NotificationTarget.calendar());
    }

    /** A convocation appears in the portal too. */
    @ApplicationModuleListener
    void on(MeetingConvened event) {
        notifyAll(event.recipientIds(), event.actorId(), event.actorName(), event.conventionId(), KIND_CONVOCATION,
                event.title() + " — " + event.when(), NotificationTarget.calendar());
    }

    /** The people convened to a meeting are told it moved or was cancelled. */
    @ApplicationModuleListener
    void on(MeetingChanged event) {
        notifyAll(event.convenedIds(), event.actorId(), event.actorName(), event.conventionId(),
                event.cancelled() ? KIND_MEETING_CANCELLED : KIND_MEETING_MOVED, event.title() + " — " + event.when(),
                NotificationTarget.calendar());
    }

    /**
     * Whoever gets an action item is told, with its due date, and led to the calendar where it is their deadline (the
     * minutes it comes from are a draft they may not open yet).
     */
    @ApplicationModuleListener
    void on(ActionAssigned event) {
        notifyAll(List.of(event.ownerAccountId()), event.actorId(), event.actorName(), event.conventionId(),
                KIND_ACTION_ASSIGNED, event.what() + " — " + Formats.date(event.dueDate(), Locale.FRENCH),
                NotificationTarget.calendar());
    }

    /** The owner of an open action is told, once per due date, that it is due soon or overdue (the platform tells). */
    @ApplicationModuleListener
    void on(ActionDue event) {
        notifyAll(List.of(event.ownerAccountId()), 0L, "", event.conventionId(), KIND_ACTION_DUE,
                event.what() + " — " + Formats.date(event.dueDate(), Locale.FRENCH), NotificationTarget.calendar());
    }

    /** A group's validated indicator values are announced to the group's members and the secretariat. */
    @ApplicationModuleListener
    void on(IndicatorPeriodValidated event) {
        notifyAll(event.audienceIds(), event.actorId(), event.actorName(), event.conventionId(),
                KIND_INDICATOR_VALIDATED, event.groupName() + " — " + event.period(),
                NotificationTarget.page(new PageRef(PageRef.Kind.INDICATORS, event.conventionId())));
    }

    /**
     * A partner's submitted contribution is announced to those who review contributions in the convention (read as
     * the platform: the partner who submitted does not read the convention's members).
     */
    @ApplicationModuleListener
    void on(ContributionSubmitted event) {
        List<Long> reviewers = SystemIdentity.call(() -> accounts.contacts(event.conventionId())).stream()
                .filter(c -> c.roles().stream().anyMatch(event.reviewerRoles()::contains))
                .map(Contact::accountId).distinct().toList();
        notifyAll(reviewers, event.actorId(), event.actorName(), event.conventionId(), KIND_CONTRIBUTION_RECEIVED,
                event.organisationName() + " — " + event.callTitle() + " (" + event.reference() + ")",
                NotificationTarget.page(new PageRef(PageRef.Kind.CONTRIBUTION_CALL, event.callId())));
    }

    /** A step of a data-exchange request: the convention's administrators, secretariat and COPIL are told. */
    @ApplicationModuleListener
    void on(ExchangeStepRecorded event) {
        List<Long> concerned = SystemIdentity.call(() -> accounts.contacts(event.conventionId())).stream()
                .filter(c -> c.roles().stream().anyMatch(Role.CONVENTION_EDITORS::contains))
                .map(Contact::accountId).distinct().toList();
        notifyAll(concerned, event.actorId(), event.actorName(), event.conventionId(), KIND_DATA_EXCHANGE,
                event.title(), NotificationTarget.page(new PageRef(PageRef.Kind.DATA_EXCHANGES, event.conventionId())));
    }

    /** An avenant circulated to the COPIL, or approved: its administrators, secretariat and COPIL are told. */
    @ApplicationModuleListener
    void on(AvenantCirculated event) {
        List<Long> concerned = SystemIdentity.call(() -> accounts.contacts(event.conventionId())).stream()
                .filter(c -> c.roles().stream().anyMatch(Role.CONVENTION_EDITORS::contains))
                .map(Contact::accountId).distinct().toList();
        notifyAll(concerned, event.actorId(), event.actorName(), event.conventionId(), KIND_AVENANT,
                event.title(), NotificationTarget.page(PageRef.avenant(event.avenantId())));
    }

    /** Whoever invited someone to a convention is told when the invitation is accepted. */
    @ApplicationModuleListener
    void on(InvitationAccepted event) {
        Long inviter = event.invitedByAccountId();
        Long conventionId = event.conventionId();
        if (inviter == null || conventionId == null) {
            return;
        }
        notifyAll(List.of(inviter), event.accountId(), event.displayName(), conventionId, KIND_INVITATION_ACCEPTED,
                event.target(), NotificationTarget.page(new PageRef(PageRef.Kind.MEMBERS, conventionId)));
    }

    /** Attendees are asked to review circulated minutes. */
    @ApplicationModuleListener
    void on(MinutesCirculated event) {
        notifyAll(event.reviewerIds(), event.actorId(), event.actorName(), event.conventionId(), KIND_MINUTES_REVIEW,
                event.title(), NotificationTarget.minutes(event.minutesId()));
    }

    /** The audience of published minutes is told. */
    @ApplicationModuleListener
    void on(MinutesPublished event) {
        notifyAll(event.audienceIds(), event.actorId(), event.actorName(), event.conventionId(),
                KIND_MINUTES_PUBLISHED, event.title(), NotificationTarget.minutes(event.minutesId()));
    }

    /**
     * Mentions in a discussion notify the mentioned members, a reply the author of the comment answered (once: a
     * mention of them in the reply says it already); the author never notifies themself.
     */
    @ApplicationModuleListener
    void on(CommentPosted event) {
        NotificationTarget target = NotificationTarget.page(event.page());
        notifyAll(event.mentionedAccountIds(), event.authorAccountId(), event.authorName(), event.conventionId(),
                KIND_MENTION, event.itemTitle(), target);
        Long answered = event.answeredAccountId();
        if (answered != null && !event.mentionedAccountIds().contains(answered)) {
            notifyAll(List.of(answered), event.authorAccountId(), event.authorName(), event.conventionId(), KIND_REPLY,
                    event.itemTitle(), target);
        }
    }

    /**
     * Stores one notification per person told, the actor excepted, as each chose (none, in the portal, by e-mail at
     * once, or in a digest: {@link NotificationPreferenceService}). These listeners run after the action's commit, in
     * their own transaction, from Spring Modulith's event publication registry: a failure here never undoes the
     * action, and an incomplete publication is retried like the mail outbox's.
     */
    private void notifyAll(Collection<Long> accountIds, long actorId, String actorName, long conventionId, String kind,
                           String subject, NotificationTarget target) {
        Set<Long> told = new LinkedHashSet<>(accountIds);
        told.remove(actorId);
        Map<Long, NotificationChannel> channels = preferences.channels(told, kind);
        Map<Long, Contact> reachable = null;
        for (Long accountId : told) {
            NotificationChannel channel = channels.get(accountId);
            if (channel == NotificationChannel.NONE) {
                continue;
            }
            Notification n = notifications.save(new Notification(accountId, conventionId, kind, actorName, subject,
                    target));
            events.publishEvent(new NotificationCreated(accountId));
            if (channel == NotificationChannel.EMAIL) {
                reachable = reachable != null ? reachable : mailer.reachable(conventionId);
                mailer.immediate(n, reachable);
            }
        }
    }
}
