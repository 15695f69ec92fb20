package fr.ctg.governance.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from CalendarToken t where t.accountId = :accountId")
    void deleteByAccountId(Long accountId);
}
