package fr.ctg.governance;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.governance.internal.AgendaItem;
import fr.ctg.governance.internal.AgendaItemRepository;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's agenda: ordered items linked to objectives and documents of the same convention only. */
@Service
@Transactional
public class AgendaService {

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final ConventionAccessService access;
    private final ObjectiveService objectives;
    private final DocumentService documents;
    private final List<AgendaFollowUps> followUpSources;

    AgendaService(AgendaItemRepository items, MeetingRepository meetings, ConventionAccessService access,
                  ObjectiveService objectives, DocumentService documents, List<AgendaFollowUps> followUpSources) {
        this.followUpSources = followUpSources;
        this.items = items;
        this.meetings = meetings;
        this.access = access;
        this.objectives = objectives;
        this.documents = documents;
    }

    public AgendaItemRow add(long meetingId, String title, String presenter, Set<Long> objectiveIds,
                              Set<Long> documentIds) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), MeetingService.SCHEDULERS);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new BusinessRuleException("agenda.error.title");
        }
        if (presenter != null && presenter.strip().length() > 200) {
            throw new BusinessRuleException("agenda.error.presenter");
        }
        Set<Long> known = objectives.byField(m.getConventionId()).stream().flatMap(f -> f.objectives().stream())
                .map(ObjectiveSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(objectiveIds)) {
            throw new BusinessRuleException("agenda.error.objective");
        }
        Set<Long> docs = documents.search(m.getConventionId(), DocumentQuery.all()).stream().map(DocumentSummary::id)
                .collect(Collectors.toSet());
        if (!docs.containsAll(documentIds)) {
            throw new BusinessRuleException("agenda.error.document");
        }
        AgendaItem item = items.save(new AgendaItem(meetingId, items.countByMeetingId(meetingId) + 1, t,
                presenter == null || presenter.isBlank() ? null : presenter.strip(), objectiveIds, documentIds));
        return view(item);
    }

    @Transactional(readOnly = true)
    public List<AgendaItemRow> agenda(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), Role.CONVENTION_READERS);
        return items.findByMeetingIdOrderByPosition(meetingId).stream().map(AgendaService::view).toList();
    }

    /** What the meeting's committee has to follow up (open actions from earlier minutes), for its agenda. */
    @Transactional(readOnly = true)
    public List<AgendaFollowUps.FollowUp> followUps(long meetingId) {
        Meeting m = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.require(m.getConventionId(), Role.CONVENTION_READERS);
        return followUpSources.stream().flatMap(s -> s.openFor(m.getConventionId(), m.getCommitteeId()).stream()).toList();
    }

    static AgendaItemRow view(AgendaItem i) {
        return new AgendaItemRow(i.getId(), i.getPosition(), i.getTitle(), i.getPresenter(),
                Set.copyOf(i.getObjectiveIds()), Set.copyOf(i.getDocumentIds()));
    }
}
