package fr.ctg.governance.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConvocationRepository extends JpaRepository<Convocation, Long> {

    Optional<Convocation> findByTokenHash(String tokenHash);

    Optional<Convocation> findByMeetingIdAndAccountId(Long meetingId, Long accountId);

    List<Convocation> findByMeetingIdOrderById(Long meetingId);
}
