package fr.ctg.minutes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesSectionRepository extends JpaRepository<MinutesSection, Long> {

    List<MinutesSection> findByMinutesIdOrderByPosition(Long minutesId);

    int countByMinutesId(Long minutesId);
}
