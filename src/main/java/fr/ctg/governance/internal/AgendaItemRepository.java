package fr.ctg.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @EntityGraph(attributePaths = {"objectiveIds", "documentIds"})
    List<AgendaItem> findByMeetingIdOrderByPosition(Long meetingId);

    int countByMeetingId(Long meetingId);
}
