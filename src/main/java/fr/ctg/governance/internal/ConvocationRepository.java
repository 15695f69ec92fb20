package fr.ctg.governance.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConvocationRepository extends JpaRepository<Convocation, Long> {

    Optional<Convocation> findByTokenHash(String tokenHash);

    Optional<Convocation> findByMeetingIdAndAccountId(Long meetingId, Long accountId);

    List<Convocation> findByMeetingIdOrderById(Long meetingId);

    /** The holder's row, locked until the answer commits (two answers naming the same holder run one after the other). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Convocation c where c.meetingId = :meetingId and c.accountId = :accountId")
    Optional<Convocation> lockByMeetingIdAndAccountId(@Param("meetingId") Long meetingId,
                                                     @Param("accountId") Long accountId);
}
