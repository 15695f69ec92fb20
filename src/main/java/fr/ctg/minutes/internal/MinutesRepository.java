package fr.ctg.minutes.internal;

import fr.ctg.minutes.MinutesStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesRepository extends JpaRepository<Minutes, Long> {

    Optional<Minutes> findByMeetingId(Long meetingId);

    List<Minutes> findByConventionIdAndStatusOrderByMeetingStartsAtDesc(Long conventionId, MinutesStatus status);

    List<Minutes> findByConventionIdAndStatusNotOrderByMeetingStartsAtDesc(Long conventionId, MinutesStatus status);
}
