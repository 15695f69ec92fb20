package fr.ctg.minutes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesErratumRepository extends JpaRepository<MinutesErratum, Long> {

    List<MinutesErratum> findByMinutesIdOrderById(Long minutesId);
}
