package fr.ctg.minutes.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesReadRepository extends JpaRepository<MinutesRead, Long> {

    Optional<MinutesRead> findByMinutesIdAndAccountId(Long minutesId, Long accountId);

    List<MinutesRead> findByMinutesId(Long minutesId);
}
