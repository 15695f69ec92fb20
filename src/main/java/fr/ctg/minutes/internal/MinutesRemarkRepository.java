package fr.ctg.minutes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesRemarkRepository extends JpaRepository<MinutesRemark, Long> {

    List<MinutesRemark> findByMinutesIdOrderById(Long minutesId);

    long countByMinutesIdAndResolutionIsNull(Long minutesId);
}
