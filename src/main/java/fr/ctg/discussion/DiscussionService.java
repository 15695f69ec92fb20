package fr.ctg.discussion;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.discussion.internal.DiscussionComment;
import fr.ctg.discussion.internal.DiscussionCommentRepository;
import fr.ctg.discussion.internal.DiscussionCommentRevision;
import fr.ctg.discussion.internal.DiscussionCommentRevisionRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussions of the convention's items. Whoever reads the item (its feature's rule, {@link DiscussionTopic})
 * and the convention itself reads its discussion; its working members ({@link #COMMENTERS}) write in it. A reply
 * answers a top-level comment (one level: answering a reply joins the same thread); a person edits or removes only
 * their own comments, and each earlier wording is kept.
 */
@Service
@Transactional
public class DiscussionService {

    public static final int MAX_COMMENT = 5_000;

    /** Who writes in discussions: the convention's working members (readers and associations only read). */
    public static final Set<Role> COMMENTERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER,
            Role.FOLLOW_UP_MEMBER, Role.EVALUATION_REFERENT);

    /** Who reads what a removed message said (its author too): the convention's administrators and secretariat. */
    public static final Set<Role> MODERATORS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT);

    private final Map<DiscussionKind, DiscussionTopic> topics = new EnumMap<>(DiscussionKind.class);
    private final DiscussionCommentRepository comments;
    private final DiscussionCommentRevisionRepository revisions;
    private final ConventionAccessService access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionService(List<DiscussionTopic> topics, DiscussionCommentRepository comments,
                      DiscussionCommentRevisionRepository revisions, ConventionAccessService access,
                      AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        topics.forEach(t -> this.topics.put(t.kind(), t));
        this.comments = comments;
        this.revisions = revisions;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DiscussionDetails discussion(DiscussionKind kind, long itemId) {
        DiscussedItem item = item(kind, itemId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(item.conventionId(), Role.CONVENTION_READERS);
        boolean canComment = roles.stream().anyMatch(COMMENTERS::contains);
        boolean moderator = roles.stream().anyMatch(MODERATORS::contains);
        long me = currentUser.require().accountId();
        List<DiscussionComment> all = comments.findByTargetKindAndTargetIdOrderByIdAsc(kind, itemId);
        // A removed message's earlier wordings are its author's and the moderators' only: removing hides them.
        Map<Long, Long> earlier = all.isEmpty() ? Map.of() : revisions.findByCommentIdIn(
                all.stream().filter(c -> !c.isRemoved() || moderator || c.getAuthorAccountId() == me)
                        .map(DiscussionComment::getId).toList()).stream()
                .collect(Collectors.groupingBy(DiscussionCommentRevision::getCommentId, Collectors.counting()));
        Map<Long, List<CommentRow>> replies = new LinkedHashMap<>();
        for (DiscussionComment c : all) {
            if (c.getParentId() != null) {
                replies.computeIfAbsent(c.getParentId(), p -> new ArrayList<>())
                        .add(row(c, me, earlier, List.of()));
            }
        }
        List<CommentRow> top = all.stream().filter(c -> c.getParentId() == null)
                .map(c -> row(c, me, earlier, replies.getOrDefault(c.getId(), List.of()))).toList();
        return new DiscussionDetails(kind, itemId, item, top, canComment);
    }

    /** Posts a top-level comment and tells the members it mentions. */
    public CommentRow post(DiscussionKind kind, long itemId, @Nullable String text) {
        DiscussedItem item = openToWrite(kind, itemId);
        return write(kind, itemId, item, null, null, text);
    }

    /** Answers a comment (answering a reply answers its thread) and tells its author and the members mentioned. */
    public CommentRow reply(long commentId, @Nullable String text) {
        DiscussionComment answered = comments.findById(commentId).orElseThrow(NotFoundException::new);
        DiscussedItem item = openToWrite(answered.getTargetKind(), answered.getTargetId());
        if (answered.isRemoved()) {
            throw new BusinessRuleException("discussion.error.removed");
        }
        long thread = answered.getParentId() == null ? answered.getId() : answered.getParentId();
        return write(answered.getTargetKind(), answered.getTargetId(), item, thread, answered.getAuthorAccountId(),
                text);
    }

    /** Changes one's own comment; the earlier wording is kept. The same text again changes nothing. */
    public CommentRow edit(long commentId, @Nullable String text) {
        DiscussionComment c = own(commentId);
        String body = validBody(text);
        if (!body.equals(c.getBody())) {
            Instant now = clock.instant();
            revisions.save(new DiscussionCommentRevision(c.getId(), c.getBody(), writtenAt(c), now));
            c.reword(body, now);
            comments.saveAndFlush(c);
            events.publishEvent(new DiscussionChanged(c.getTargetKind(), c.getTargetId()));
        }
        return row(c, c.getAuthorAccountId(), Map.of(), List.of());
    }

    /** Removes one's own comment: its text no longer shows (it is kept in its history), its replies stay. */
    public void remove(long commentId) {
        DiscussionComment c = own(commentId);
        Instant now = clock.instant();
        revisions.save(new DiscussionCommentRevision(c.getId(), c.getBody(), writtenAt(c), now));
        c.remove(now);
        comments.saveAndFlush(c);
        events.publishEvent(new DiscussionChanged(c.getTargetKind(), c.getTargetId()));
    }

    /**
     * The earlier wordings of a comment, oldest first, for whoever reads its discussion; a removed one's for its author
     * and the {@link #MODERATORS} only.
     */
    @Transactional(readOnly = true)
    public List<CommentRevisionRow> revisions(long commentId) {
        DiscussionComment c = comments.findById(commentId).orElseThrow(NotFoundException::new);
        DiscussedItem item = item(c.getTargetKind(), c.getTargetId()).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(item.conventionId(), Role.CONVENTION_READERS);
        if (c.isRemoved() && c.getAuthorAccountId() != currentUser.require().accountId()
                && roles.stream().noneMatch(MODERATORS::contains)) {
            throw new AccessRefusedException();
        }
        return revisions.findByCommentIdOrderByIdAsc(commentId).stream()
                .map(r -> new CommentRevisionRow(r.getBody(), r.getWrittenAt(), r.getReplacedAt())).toList();
    }

    /** The members who can be mentioned here: those who read the convention (a mention never reaches an outsider). */
    @Transactional(readOnly = true)
    public List<MemberSummary> mentionable(DiscussionKind kind, long itemId) {
        DiscussedItem item = openToWrite(kind, itemId);
        return readersOf(item.conventionId()).values().stream()
                .sorted(Comparator.comparing(MemberSummary::displayName)).toList();
    }

    private CommentRow write(DiscussionKind kind, long itemId, DiscussedItem item, @Nullable Long parentId,
                             @Nullable Long answered, @Nullable String text) {
        String body = validBody(text);
        CtgUser user = currentUser.require();
        DiscussionComment saved = comments.saveAndFlush(new DiscussionComment(item.conventionId(), kind, itemId,
                parentId, user.accountId(), user.displayName(), body));
        Map<String, MemberSummary> readers = readersOf(item.conventionId());
        Set<Long> mentioned = Mentions.accountIds(body, readers);
        mentioned.remove(user.accountId());
        Set<Long> mayBeTold = new LinkedHashSet<>(mentioned);
        if (answered != null && readers.values().stream().anyMatch(m -> m.accountId() == answered)) {
            mayBeTold.add(answered);
        }
        // Only those who read the item itself hear of it (a draft compte rendu's section: its secretariat).
        Set<Long> audience = topic(kind).audience(itemId, mayBeTold);
        mentioned.retainAll(audience);
        Long told = answered == null || answered == user.accountId() || !audience.contains(answered) ? null : answered;
        events.publishEvent(new CommentPosted(item.conventionId(), kind, itemId, item.title(), item.page(),
                saved.getId(), user.accountId(), user.displayName(), Set.copyOf(mentioned), told));
        events.publishEvent(new DiscussionChanged(kind, itemId));
        return row(saved, user.accountId(), Map.of(), List.of());
    }

    private DiscussionComment own(long commentId) {
        DiscussionComment c = comments.findById(commentId).orElseThrow(NotFoundException::new);
        openToWrite(c.getTargetKind(), c.getTargetId());
        if (c.getAuthorAccountId() != currentUser.require().accountId()) {
            throw new AccessRefusedException();
        }
        if (c.isRemoved()) {
            throw new BusinessRuleException("discussion.error.removed");
        }
        return c;
    }

    private DiscussedItem openToWrite(DiscussionKind kind, long itemId) {
        DiscussedItem item = item(kind, itemId).orElseThrow(NotFoundException::new);
        access.require(item.conventionId(), COMMENTERS);
        return item;
    }

    /** Whether the person may read the item's discussion (an association reading a published document may not). */
    @Transactional(readOnly = true)
    public boolean canRead(DiscussionKind kind, long itemId) {
        return item(kind, itemId)
                .map(item -> access.rolesIn(item.conventionId()).stream().anyMatch(Role.CONVENTION_READERS::contains))
                .orElse(false);
    }

    private Optional<DiscussedItem> item(DiscussionKind kind, long itemId) {
        return Optional.ofNullable(topic(kind).readable(List.of(itemId), access::rolesIn).get(itemId));
    }

    private DiscussionTopic topic(DiscussionKind kind) {
        DiscussionTopic topic = topics.get(kind);
        if (topic == null) {
            throw new IllegalStateException("No discussion topic for " + kind);
        }
        return topic;
    }

    private Map<String, MemberSummary> readersOf(long conventionId) {
        return accounts.members(conventionId).stream()
                .filter(m -> m.roles().stream().anyMatch(Role.CONVENTION_READERS::contains))
                .collect(Collectors.toMap(MemberSummary::username, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static String validBody(@Nullable String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new BusinessRuleException("discussion.error.empty");
        }
        if (body.length() > MAX_COMMENT) {
            throw new BusinessRuleException("discussion.error.tooLong", MAX_COMMENT);
        }
        return body;
    }

    private static Instant writtenAt(DiscussionComment c) {
        return c.getEditedAt() != null ? c.getEditedAt() : c.getCreatedAt();
    }

    private static CommentRow row(DiscussionComment c, long me, Map<Long, Long> earlier, List<CommentRow> replies) {
        return new CommentRow(c.getId(), c.getParentId(), c.getAuthorAccountId(), c.getAuthorName(), c.getBody(),
                c.getCreatedAt(), c.getEditedAt(), c.isRemoved(), c.getAuthorAccountId() == me,
                earlier.getOrDefault(c.getId(), 0L).intValue(), replies);
    }
}
