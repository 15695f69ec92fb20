package fr.ctg.governance.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {
    List<Meeting> findByConventionIdInOrderByStartsAt(Collection<Long> conventionIds);

    List<Meeting> findByConventionIdAndStartsAtBetweenOrderByStartsAt(Long conventionId, Instant from, Instant to);

    boolean existsByCommitteeId(Long committeeId);
}
