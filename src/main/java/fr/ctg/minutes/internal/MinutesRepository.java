package fr.ctg.minutes.internal;

import fr.ctg.minutes.MinutesStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MinutesRepository extends JpaRepository<Minutes, Long> {

    Optional<Minutes> findByMeetingId(Long meetingId);

    /** Takes the minutes' row lock until the transaction ends (errata written at the same moment queue). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m.id from Minutes m where m.id = :id")
    Optional<Long> lock(long id);

    List<Minutes> findByConventionIdAndStatusOrderByMeetingStartsAtDesc(Long conventionId, MinutesStatus status);

    List<Minutes> findByConventionIdAndStatusNotOrderByMeetingStartsAtDesc(Long conventionId, MinutesStatus status);
}
