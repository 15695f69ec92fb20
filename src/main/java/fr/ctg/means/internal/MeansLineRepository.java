package fr.ctg.means.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeansLineRepository extends JpaRepository<MeansLine, Long> {

    List<MeansLine> findByConventionIdOrderByYearAscPartyIdAscFieldIdAscIdAsc(long conventionId);
}
