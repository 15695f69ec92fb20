package fr.ctg.indicator.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    Optional<IndicatorValue> findByIndicatorIdAndPeriod(Long indicatorId, String period);

    List<IndicatorValue> findByIndicatorIdOrderByPeriod(Long indicatorId);

    List<IndicatorValue> findByIndicatorIdIn(Collection<Long> indicatorIds);

    List<IndicatorValue> findByIndicatorIdInAndPeriod(Collection<Long> indicatorIds, String period);
}
