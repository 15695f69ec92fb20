package fr.ctg.indicator.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValidationRepository extends JpaRepository<IndicatorValidation, Long> {

    Optional<IndicatorValidation> findByThematicGroupIdAndPeriod(Long thematicGroupId, String period);

    List<IndicatorValidation> findByThematicGroupIdIn(Collection<Long> groupIds);
}
