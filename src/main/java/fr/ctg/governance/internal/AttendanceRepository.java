package fr.ctg.governance.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    Optional<Attendance> findByMeetingIdAndAccountId(Long meetingId, Long accountId);

    List<Attendance> findByMeetingIdOrderById(Long meetingId);
}
