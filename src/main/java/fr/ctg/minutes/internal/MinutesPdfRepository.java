package fr.ctg.minutes.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesPdfRepository extends JpaRepository<MinutesPdf, Long> {

    Optional<MinutesPdf> findFirstByMinutesIdAndLanguageOrderByVersionDesc(long minutesId, String language);

    Optional<MinutesPdf> findFirstByMinutesIdOrderByVersionDesc(long minutesId);
}
