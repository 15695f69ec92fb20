package fr.ctg.objective;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveCommentRepository;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment thread of an objective. {@code @username} mentions of members of the convention notify
 * them ({@link ObjectiveCommentPosted}); comments live apart from the objective, so no edit loses them.
 */
@Service
@Transactional
public class ObjectiveDiscussionService {

    static final int MAX_COMMENT = 5_000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9._-]{1,99})");

    private final ObjectiveRepository objectives;
    private final ObjectiveCommentRepository comments;
    private final ConventionAccessService access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ObjectiveDiscussionService(ObjectiveRepository objectives, ObjectiveCommentRepository comments,
                               ConventionAccessService access, AccountService accounts, CurrentUser currentUser,
                               ApplicationEventPublisher events) {
        this.objectives = objectives;
        this.comments = comments;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ObjectiveComment> comments(long objectiveId) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        access.require(o.getConventionId(), Role.CONVENTION_READERS);
        return comments.findByObjectiveIdOrderByIdAsc(objectiveId).stream()
                .map(c -> new ObjectiveComment(c.getId(), c.getAuthorAccountId(), c.getAuthorName(), c.getBody(),
                        c.getCreatedAt())).toList();
    }

    /** Members that can be mentioned in this objective's discussion (user name and display name). */
    @Transactional(readOnly = true)
    public List<MemberSummary> mentionable(long objectiveId) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        access.require(o.getConventionId(), ObjectiveEditingService.COMMENTERS);
        return accounts.members(o.getConventionId()).stream()
                .collect(Collectors.toMap(MemberSummary::accountId, Function.identity(), (a, b) -> a))
                .values().stream().sorted(Comparator.comparing(MemberSummary::displayName)).toList();
    }

    /** Posts a comment (editors, follow-up members, referents) and notifies the members it mentions. */
    public ObjectiveComment post(long objectiveId, String text) {
        Objective o = objectives.findById(objectiveId).orElseThrow(NotFoundException::new);
        access.require(o.getConventionId(), ObjectiveEditingService.COMMENTERS);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new BusinessRuleException("objective.comment.error.empty");
        }
        if (body.length() > MAX_COMMENT) {
            throw new BusinessRuleException("objective.comment.error.tooLong", MAX_COMMENT);
        }
        CtgUser user = currentUser.require();
        var saved = comments.saveAndFlush(new fr.ctg.objective.internal.ObjectiveComment(objectiveId,
                user.accountId(), user.displayName(), body));
        Set<Long> mentioned = mentionedMembers(o.getConventionId(), body);
        mentioned.remove(user.accountId());
        events.publishEvent(new ObjectiveCommentPosted(o.getConventionId(), objectiveId, o.getTitle(), saved.getId(),
                user.accountId(), user.displayName(), Set.copyOf(mentioned)));
        return new ObjectiveComment(saved.getId(), user.accountId(), user.displayName(), body, saved.getCreatedAt());
    }

    private Set<Long> mentionedMembers(long conventionId, String body) {
        Matcher m = MENTION.matcher(body);
        Set<String> names = new LinkedHashSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty()) {
            return new LinkedHashSet<>();
        }
        Map<String, Long> byUsername = accounts.members(conventionId).stream()
                .collect(Collectors.toMap(MemberSummary::username, MemberSummary::accountId, (a, b) -> a));
        return names.stream().map(byUsername::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
